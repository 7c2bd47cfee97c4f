import { rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  DANCE_REPORT_SCHEMA,
  type BlockedCommand,
  type DanceMode,
  type DanceReport,
  type ModuleResult,
  type Step,
} from '../model/dance-report';
import { comparePaths } from '../plan/compare';
import type { ModuleDef, Plan } from '../plan/types';
import { readAccounts } from './accounts';
import { readBlockedLog, type BlockedCall } from './blocked-log';
import { computeChanges } from './changes';
import { runEffects } from './effects';
import { finishJournal, writeJournal } from './journal';
import { mergeUpper } from './merge';
import { recoverApplies } from './recover';
import { lockRoot } from './root-lock';
import { measure, metricsFromRusage, zeroMetrics } from './metrics';
import { SandboxProcess, unescapeField, type SandboxLimits } from './sandbox-process';
import { SANDBOX_IO, SANDBOX_REPO } from './sandbox-scripts';
import { stepEnvironment } from './step-environment';
import { prepareShare } from './sandbox-share';
import { checkRoot } from './check-root';
import { OUTPUT_TAIL, readStepOutput } from './step-output';
import { parseScan, signature, type UpperEntry } from './upper-scan';

export interface DanceOptions {
  /** Absolute path of the module repository (mounted read-only in the sandbox). */
  repoRoot: string;
  plan: Plan;
  /** The target root: `/` or a directory holding a root filesystem. */
  root: string;
  mode: DanceMode;
  /** Names of the commands to shim (see blocked-commands.ts). */
  blocked: string[];
  /** Size of the scratch tmpfs (e.g. "50%", "2g"): a step that fills it fails with ENOSPC. */
  scratchSize?: string;
  limits?: SandboxLimits;
  onEvent?: (event: DanceEvent) => void;
  /** Seconds to wait for another dance on the same root (default 600). */
  lockWait?: number;
  /** disco's own steps that ran before the dance (`fetch_params`, `fetch <module>`): first in `internal`. */
  internal?: Step[];
  /** Aborting tears the sandbox down and returns the report so far, marked interrupted. */
  signal?: AbortSignal;
}

export type DanceEvent =
  | { kind: 'module'; module: string }
  | { kind: 'step'; module: string; step: Step }
  | { kind: 'phase'; name: string }
  /** One of disco's own phases has ended (its metrics are in the report's `internal` steps too). */
  | { kind: 'phase-done'; name: string; step: Step }
  | { kind: 'notice'; line: string };

/** Compares two ctimes ("sec.nsec"): negative, zero or positive. */
const compareCtime = (x: string, y: string): number => {
  const [a, b] = [x.split('.').map(Number), y.split('.').map(Number)];
  return a[0] - b[0] || a[1] - b[1];
};

/** Later timestamps win: the newest ctime a scan saw, for the next scan's `since`. */
const newest = (entries: UpperEntry[], since: string): string =>
  entries.reduce((max, e) => (compareCtime(e.ctime, max) > 0 ? e.ctime : max), since);

/**
 * One dance: every module of the plan in order — files, templates, scripts — inside one sandbox
 * over `root`; then the changes from the overlay's upper layer; for apply (when every step passed)
 * the merge onto the target and the blocked commands run for real as `effect` steps.
 */
export async function dance(options: DanceOptions): Promise<DanceReport> {
  checkRoot(options.root);
  const emit = options.onEvent ?? (() => undefined);
  const say = (line: string): void => emit({ kind: 'notice', line });
  const lock = await lockRoot(options.root, options.lockWait ?? 600, say);
  try {
    recoverApplies(say, options.root);
    return await danceLocked(options, emit);
  } finally {
    lock.release();
  }
}

async function danceLocked(options: DanceOptions, emit: (event: DanceEvent) => void): Promise<DanceReport> {
  const { plan, root, mode } = options;
  const report: DanceReport = {
    schema: DANCE_REPORT_SCHEMA,
    node: plan.node,
    mode,
    status: 'passed',
    order: plan.order,
    modules: [],
    errors: [],
    internal: [...(options.internal ?? [])],
    startedAt: new Date().toISOString(),
    root,
  };
  const internal = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
    emit({ kind: 'phase', name });
    const { value, metrics } = await measure(work);
    const step: Step = { kind: 'internal', name, exitCode: 0, output: '', metrics };
    report.internal!.push(step);
    emit({ kind: 'phase-done', name, step });
    return value;
  };

  const share = await internal('sandbox', () => prepareShare(root, plan, options.blocked));
  const sandbox = SandboxProcess.start({
    root,
    scratch: share.scratch,
    share: share.share,
    repo: options.repoRoot,
    host: plan.node,
    layer: share.layer,
    size: options.scratchSize,
    limits: options.limits,
    env: stepEnvironment(plan.node, mode),
  });
  const calls: BlockedCall[] = [];
  const interrupt = (): void => sandbox.kill();
  options.signal?.addEventListener('abort', interrupt);
  try {
    const sources = new Map<number, string>();
    const owners = new Map<string, string>();
    const seen = new Map<string, string>();
    let since = '0.0';
    let blockedOffset = 0;
    let stepId = 0;

    // The entries a module changed (those its scan saw newer than the previous scan) are its own.
    const attribute = (fresh: UpperEntry[], module: string): void => {
      since = newest(fresh, since);
      for (const entry of fresh) {
        const sig = signature(entry);
        if (seen.get(entry.path) !== sig) owners.set(entry.path, module);
        seen.set(entry.path, sig);
      }
    };

    for (const [index, module] of plan.modules.entries()) {
      emit({ kind: 'module', module: module.name });
      const result: ModuleResult = { name: module.name, status: 'passed', steps: [], changes: [], blocked: [] };
      report.modules.push(result);
      // Every step of the module, then its scan, are sent at once: the helper runs them back to back
      // while this process takes in the answers (no step waits for this process between two others).
      const steps = sendModuleSteps(sandbox, module, () => ++stepId, sources, sandbox.ioPath, options.limits);
      // The last module's own scan is the final one below (the same listing, filtered alike).
      const scan = index < plan.modules.length - 1 ? sandbox.request('S', since) : undefined;
      for (const sent of steps) {
        const step = await sent;
        result.steps.push(step);
        if (step.exitCode !== 0) result.status = 'failed';
        emit({ kind: 'step', module: module.name, step });
      }

      const blocked = readBlockedLog(join(sandbox.ioPath, 'blocked'), blockedOffset, sources);
      blockedOffset = blocked.offset;
      calls.push(...blocked.calls);
      result.blocked = blocked.calls.map(({ command, source, line }): BlockedCommand => ({ command, source, line }));

      if (scan) attribute(parseScan((await scan).records), module.name);
    }
    if (report.modules.some((m) => m.status === 'failed')) report.status = 'failed';

    // Nothing a step left running may change the upper layer after the scan that the diff and the
    // merge trust (a directory swapped for a symlink would point their reads elsewhere).
    await sandbox.request('K');
    const entries = parseScan((await sandbox.request('S')).records);
    sandbox.endSteps();
    const last = plan.modules[plan.modules.length - 1];
    if (last) attribute(entries.filter((entry) => compareCtime(entry.ctime, since) >= 0), last.name);
    await internal('diff', () => {
      const before = readAccounts(root);
      const after = readAccounts(sandbox.upperPath, before);
      const changes = computeChanges(entries, { root, upper: sandbox.upperPath, before, after });
      const byName = new Map(report.modules.map((m) => [m.name, m]));
      for (const change of changes) {
        const owner = owners.get(change.path.slice(1)) ?? ownerOfAncestor(change.path.slice(1), owners);
        (byName.get(owner ?? '') ?? report.modules[report.modules.length - 1])?.changes.push(change);
      }
      for (const module of report.modules) module.changes.sort((a, b) => comparePaths(a.path, b.path));
    });

    if (mode === 'apply' && report.status === 'passed') {
      const journal = await internal('journal', () => writeJournal(sandbox.upperPath, root, calls));
      await internal('merge', () => mergeUpper(journal.upper, root));
      await sandbox.close();
      runEffects(journal, report, share.io, emit);
      finishJournal(journal);
    }
  } catch (error) {
    if (!options.signal?.aborted) throw error;
    // Interrupted: the sandbox is gone with everything in it; say so in the report.
    report.status = 'failed';
    report.interrupted = true;
    report.errors.push({ message: `interrupted by ${String(options.signal.reason ?? 'a signal')}` });
  } finally {
    options.signal?.removeEventListener('abort', interrupt);
    await sandbox.close();
    rmSync(share.dir, { recursive: true, force: true });
  }
  return report;
}

/** Deletions inside a removed directory belong to the module that removed the directory. */
function ownerOfAncestor(rel: string, owners: Map<string, string>): string | undefined {
  for (let i = rel.lastIndexOf('/'); i > 0; i = rel.lastIndexOf('/', i - 1)) {
    const owner = owners.get(rel.slice(0, i));
    if (owner) return owner;
  }
  return undefined;
}

/**
 * Sends the steps of one module to the sandbox — files, then templates, then scripts — and returns
 * each step's outcome, in that order. Every request is written before this returns.
 */
function sendModuleSteps(
  sandbox: SandboxProcess,
  module: ModuleDef,
  nextId: () => number,
  sources: Map<number, string>,
  io: string,
  limits: SandboxLimits | undefined,
): Promise<Step>[] {
  const moduleDir = `modules/${module.name}`;
  const steps: Promise<Step>[] = [];
  if (module.files.length) {
    // The module's first request: timed from its sending to its answer, nothing runs before it.
    steps.push(
      measure(() => sandbox.request('C', `${SANDBOX_REPO}/${moduleDir}/files`)).then(({ value: answer, metrics }) => ({
        kind: 'files',
        name: 'files',
        source: `${moduleDir}/files`,
        exitCode: answer.ok ? 0 : 1,
        output: answer.ok ? '' : `error: files: ${answer.message}\n`,
        metrics: { ...metrics, mem_max: 0 },
      })),
    );
  }
  /** Runs a script, or a template (`install`: its output and target) installed after a clean exit. */
  const run = async (id: number, source: string, install?: { out: string; target: string }): Promise<Omit<Step, 'kind' | 'name'>> => {
    sources.set(id, source);
    const answer = await sandbox.request(
      install ? 'T' : 'X',
      `${SANDBOX_REPO}/${source}`,
      `${SANDBOX_IO}/${id}.log`,
      ...(install ? [install.out, install.target] : ['-']),
      `DISCO_STEP=${id}`,
      `DISCO_SCRIPT=${SANDBOX_REPO}/${source}`,
      `DISCO_MODULE=${module.name}`,
      `DISCO_MODULE_DIR=${SANDBOX_REPO}/${moduleDir}`,
    );
    const [exit, signal] = answer.fields.map(Number);
    const [why, printed] = [Number(answer.fields[13] ?? 0), Number(answer.fields[14] ?? 0)];
    const step: Omit<Step, 'kind' | 'name'> = {
      source,
      exitCode: exit,
      output: readStepOutput(join(io, `${id}.log`)),
      metrics: answer.fields.length >= 13 ? metricsFromRusage(answer.fields.slice(2)) : zeroMetrics(),
    };
    if (why === 1) step.reason = `timed out after ${limits?.stepTimeout ?? '?'} s (--step-timeout)`;
    else if (why === 2) step.reason = 'killed by the memory limit (--memory-max)';
    else if (why === 3) step.reason = 'the process limit refused a fork (--pids-max)';
    else if (signal) step.reason = `killed by signal ${signal}`;
    if (printed > OUTPUT_TAIL) step.outputBytes = printed;
    // A step stopped by a limit failed, whatever its own exit code says.
    if (step.reason && step.exitCode === 0) step.exitCode = 1;
    // A template that exited cleanly was installed by the same request; the last field says why not.
    const notInstalled = install ? unescapeField(answer.fields[15] ?? '') : '';
    if (install && step.exitCode === 0 && notInstalled) {
      step.exitCode = 1;
      step.output += `error: template ${source}: cannot write ${install.target}: ${notInstalled}\n`;
    }
    return step;
  };
  for (const template of module.templates) {
    const id = nextId();
    const target = template.target;
    steps.push(run(id, template.source, { out: `${SANDBOX_IO}/${id}.out`, target }).then((step) => ({ kind: 'template', name: target, ...step })));
  }
  for (const script of module.scripts) {
    steps.push(run(nextId(), script.source).then((step) => ({ kind: 'script', name: script.name, ...step })));
  }
  // A dance stopped at one failed answer never awaits the later ones.
  for (const step of steps) step.catch(() => undefined);
  return steps;
}
