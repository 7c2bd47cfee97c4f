import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { DanceReport, Step } from '../model/dance-report';
import type { BlockedCall } from './blocked-log';
import { helperBinary } from './helper-binary';
import { markEffects, type Journal } from './journal';
import { metricsFromRusage } from './metrics';
import { readStepOutput } from './step-output';

/** Runs one blocked command for real on the target (chrooted into it unless it is `/`). */
export function runEffect(call: BlockedCall, root: string, log: string): Step {
  const answer = execFileSync(helperBinary(), ['exec', root, log, call.replay], { encoding: 'utf8' });
  const fields = answer.trim().split('\t');
  return {
    kind: 'effect',
    name: call.command,
    source: call.source,
    exitCode: Number(fields[2]),
    output: readStepOutput(log),
    metrics: metricsFromRusage(fields.slice(4)),
  };
}

/**
 * After a merge, the commands noop blocked run for real, in the order they were called: services
 * restart with their new configuration. Each is an `effect` step of the module that called it; a
 * failing effect fails that module. Progress is journaled, so a crash does not run one twice.
 */
export function runEffects(
  journal: Journal,
  report: DanceReport,
  io: string,
  emit: (event: { kind: 'step'; module: string; step: Step }) => void,
): void {
  const modules = new Map(report.modules.map((m) => [m.name, m]));
  for (let index = journal.done; index < journal.calls.length; index++) {
    const call = journal.calls[index];
    const step = runEffect(call, journal.root, join(io, `effect-${index}.log`));
    markEffects(journal, index + 1);
    const module = modules.get(call.source.split('/')[1]);
    if (!module) continue;
    module.steps.push(step);
    if (step.exitCode !== 0) {
      module.status = 'failed';
      report.status = 'failed';
    }
    emit({ kind: 'step', module: module.name, step });
  }
}
