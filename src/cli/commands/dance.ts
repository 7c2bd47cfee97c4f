import { hostname, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { blockedCommands } from '../../engine/blocked-commands';
import { checkRoot } from '../../engine/check-root';
import { dance, type DanceEvent } from '../../engine/dance';
import { fetchForDance } from '../../fetch';
import { rememberReport, writeReport } from '../../engine/write-report';
import type { DanceReport } from '../../model/dance-report';
import { parseCount, parseSeconds, parseSize } from '../../model/parse-size';
import { measure } from '../../engine/metrics';
import type { Step } from '../../model/dance-report';
import { makePlan } from '../../plan/make-plan';
import { readRepo } from '../../plan/read-repo';
import { changeText, moduleLine, stepText, verdictText } from '../../reporters/dance-text';
import { guardStream } from '../../reporters/guard';
import { EXIT_FAILED, EXIT_PASSED, type Command } from '../command';
import { onSignals } from '../on-signals';
import { checkHelper, checkReportPath, checkStateDir, checkTmpDir } from '../preflight';
import { inRunnerLog } from './output';

function printEvent(event: DanceEvent, print: (text: string) => void): void {
  if (event.kind === 'module') print(moduleLine(event.module));
  if (event.kind === 'step') print(stepText(event.module, event.step));
  if (event.kind === 'notice') print(event.line);
}

export const danceCommand: Command = {
  name: 'dance',
  usage: 'dance  [--noop] [--repo DIR] [--server URI] [--node NAME] [--root DIR] [--json FILE] [--step-timeout S] [--memory-max SIZE] [--pids-max N] [--scratch-size SIZE]   run every module of a node (NOOP=true works too)',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        noop: { type: 'boolean', default: false },
        repo: { type: 'string' },
        server: { type: 'string' },
        node: { type: 'string', default: hostname() },
        root: { type: 'string', default: '/' },
        json: { type: 'string' },
        'scratch-size': { type: 'string' },
        'step-timeout': { type: 'string', default: '3600' },
        'memory-max': { type: 'string' },
        'pids-max': { type: 'string', default: '4096' },
        'lock-wait': { type: 'string', default: '600' },
      },
      strict: true,
    });
    const noop = values.noop || /^(1|true|yes)$/i.test(process.env.NOOP ?? '');
    // Every flag is checked before anything runs (a fetch, a sandbox, an apply).
    const scratchSize = values['scratch-size'] && String(parseSize(values['scratch-size'], '--scratch-size'));
    const limits = {
      stepTimeout: parseSeconds(values['step-timeout'], '--step-timeout'),
      // Below 16M the sandbox's own init and a bash cannot start: a dance would die in its set-up.
      memoryMax: values['memory-max'] ? parseSize(values['memory-max'], '--memory-max', '16M') : Math.floor(totalmem() / 2),
      pidsMax: parseCount(values['pids-max'], '--pids-max'),
    };
    const lockWait = parseSeconds(values['lock-wait'], '--lock-wait');
    const root = resolve(values.root);
    if (values.json !== undefined) checkReportPath(values.json);
    // --server: fetch first (into --repo DIR, else the fetch cache), then dance from that copy.
    const fetched = values.server === undefined ? undefined : await fetchForDance(values.server, values.node, values.repo);
    const repoRoot = resolve(fetched?.repoRoot ?? values.repo ?? '.');
    const planned = await measure(() => makePlan(readRepo(repoRoot), values.node));
    const plan = planned.value;
    const planStep: Step = { kind: 'internal', name: 'plan', exitCode: 0, output: '', metrics: planned.metrics };
    // The environment, while the target is still untouched: root, state directory, TMPDIR, helper.
    checkRoot(root);
    checkStateDir();
    checkTmpDir();
    checkHelper();

    // In a GitHub runner's log, what modules print (output, paths, diffs) is guarded as it streams.
    const out = inRunnerLog() ? guardStream((text) => process.stdout.write(text)) : undefined;
    const print = (text: string): void => {
      if (!text) return;
      const line = text.endsWith('\n') ? text : text + '\n';
      if (out) out.write(line);
      else process.stdout.write(line);
    };
    const interrupt = new AbortController();
    const stop = onSignals((name) => interrupt.abort(name));
    let report: DanceReport;
    try {
      if (fetched) print(fetched.line);
      report = await dance({
        repoRoot,
        plan,
        root,
        mode: noop ? 'noop' : 'apply',
        blocked: blockedCommands(repoRoot),
        scratchSize,
        limits,
        onEvent: (event) => printEvent(event, print),
        signal: interrupt.signal,
        lockWait,
        internal: [...(fetched?.steps ?? []), planStep],
      }).finally(stop);
      for (const module of report.modules) for (const change of module.changes) print(changeText(change));
      print(verdictText(report));
    } finally {
      out?.close();
    }
    if (values.json) writeReport(values.json, report);
    rememberReport(report);
    if (report.interrupted) return interrupt.signal.reason === 'SIGTERM' ? 143 : 130;
    return report.status === 'passed' ? EXIT_PASSED : EXIT_FAILED;
  },
};
