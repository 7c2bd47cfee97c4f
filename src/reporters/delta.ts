/**
 * What a change to the module repository alters in a dance: base DanceReport vs head DanceReport,
 * per node — file effects, blocked commands, step outcomes added, removed or altered, and steps
 * whose time or peak memory grew beyond a noise threshold.
 */
import type { BlockedCommand, Change, DanceReport, Outcome, Step } from '../model/dance-report';
import { metaDifferences } from './describe-change';
import { INTERNAL_MODULE, isReportFailed, isStepFailed } from './report-facts';

/** Growth counts only when it is both relative (ratio) and absolute (minimum) beyond the base. */
export interface DeltaThresholds {
  /** time_real must grow by more than this fraction of the base … */
  timeRatio: number;
  /** … and by at least this many seconds. */
  timeMinSeconds: number;
  /** mem_max must grow by more than this fraction of the base … */
  memRatio: number;
  /** … and by at least this many KiB. */
  memMinKiB: number;
}

export const DEFAULT_DELTA_THRESHOLDS: DeltaThresholds = {
  timeRatio: 0.2,
  timeMinSeconds: 0.05,
  memRatio: 0.2,
  memMinKiB: 1024,
};

export type DeltaKind = 'added' | 'removed' | 'altered';

export interface ChangeSide {
  module: string;
  action: Change['action'];
  type: Change['type'];
}

export interface FileDelta {
  path: string;
  delta: DeltaKind;
  base?: ChangeSide;
  head?: ChangeSide;
  /** For `altered`: what differs (`action created → modified`, `content`, `mode 0644 → 0600`, …). */
  differences: string[];
}

export interface BlockedDelta {
  delta: DeltaKind;
  module: string;
  command: string;
  source: string;
  /** The head's line (the base's for `removed`); `baseLine` when the line moved. */
  line: number;
  baseLine?: number;
}

export interface StepOutcome {
  outcome: Outcome;
  exitCode: number;
  reason?: string;
}

export interface StepDelta {
  delta: DeltaKind;
  module: string;
  kind: Step['kind'];
  name: string;
  source?: string;
  base?: StepOutcome;
  head?: StepOutcome;
}

export interface MetricDelta {
  module: string;
  kind: Step['kind'];
  name: string;
  metric: 'time_real' | 'mem_max';
  base: number;
  head: number;
  /** head / base − 1; null when the base was 0. */
  growth: number | null;
}

export interface NodeDelta {
  node: string;
  mode: DanceReport['mode'];
  /** `added`: only in head; `removed`: only in base; `altered`: in both (possibly with nothing else). */
  presence: DeltaKind;
  baseStatus?: Outcome;
  headStatus?: Outcome;
  files: FileDelta[];
  blocked: BlockedDelta[];
  steps: StepDelta[];
  metrics: MetricDelta[];
}

export interface Delta {
  thresholds: DeltaThresholds;
  nodes: NodeDelta[];
}

/** True when the node's dance is the same in what the delta compares. */
export const isUnchanged = (node: NodeDelta): boolean =>
  node.presence === 'altered' &&
  node.baseStatus === node.headStatus &&
  node.files.length + node.blocked.length + node.steps.length + node.metrics.length === 0;

const reportKey = (report: DanceReport): string => `${report.node}\u0000${report.mode}`;
const statusOf = (report: DanceReport): Outcome => (isReportFailed(report) ? 'failed' : 'passed');

/** Pairs reports by node and mode; a node only on one side is `added` or `removed`. Head order first. */
export function computeDelta(
  base: DanceReport[],
  head: DanceReport[],
  thresholds: DeltaThresholds = DEFAULT_DELTA_THRESHOLDS,
): Delta {
  const baseByKey = new Map(base.map((r) => [reportKey(r), r]));
  const headKeys = new Set(head.map(reportKey));
  const nodes = head.map((h) => compareReports(baseByKey.get(reportKey(h)), h, thresholds));
  for (const b of base) if (!headKeys.has(reportKey(b))) nodes.push(compareReports(b, undefined, thresholds));
  return { thresholds, nodes };
}

/** One node's delta; either side may be missing. */
export function compareReports(
  base: DanceReport | undefined,
  head: DanceReport | undefined,
  thresholds: DeltaThresholds = DEFAULT_DELTA_THRESHOLDS,
): NodeDelta {
  const either = (head ?? base) as DanceReport;
  return {
    node: head && base && head.node !== base.node ? `${base.node} → ${head.node}` : either.node,
    mode: either.mode,
    presence: !base ? 'added' : !head ? 'removed' : 'altered',
    baseStatus: base && statusOf(base),
    headStatus: head && statusOf(head),
    files: compareFiles(base, head),
    blocked: compareBlocked(base, head),
    ...compareSteps(base, head, thresholds),
  };
}

// A path may be touched by several modules; the last one in dance order is the effect that stays.
function changesByPath(report: DanceReport | undefined): Map<string, { module: string; change: Change }> {
  const byPath = new Map<string, { module: string; change: Change }>();
  for (const module of report?.modules ?? []) for (const change of module.changes) byPath.set(change.path, { module: module.name, change });
  return byPath;
}

const side = (entry: { module: string; change: Change }): ChangeSide => ({
  module: entry.module,
  action: entry.change.action,
  type: entry.change.type,
});

function compareFiles(base: DanceReport | undefined, head: DanceReport | undefined): FileDelta[] {
  const before = changesByPath(base);
  const after = changesByPath(head);
  const deltas: FileDelta[] = [];
  for (const [path, h] of after) {
    const b = before.get(path);
    if (!b) deltas.push({ path, delta: 'added', head: side(h), differences: [] });
    else {
      const differences = changeDifferences(b, h);
      if (differences.length > 0) deltas.push({ path, delta: 'altered', base: side(b), head: side(h), differences });
    }
  }
  for (const [path, b] of before) if (!after.has(path)) deltas.push({ path, delta: 'removed', base: side(b), differences: [] });
  return deltas;
}

function changeDifferences(b: { module: string; change: Change }, h: { module: string; change: Change }): string[] {
  const differences: string[] = [];
  const compare = (label: string, x: unknown, y: unknown): void => {
    if (x !== y) differences.push(`${label} ${String(x ?? '-')} → ${String(y ?? '-')}`);
  };
  compare('action', b.change.action, h.change.action);
  compare('type', b.change.type, h.change.type);
  compare('module', b.module, h.module);
  compare('binary', b.change.binary ?? false, h.change.binary ?? false);
  // The resulting entry is what matters: compare the after-states (before-states for deletions).
  const bMeta = b.change.action === 'deleted' ? undefined : b.change.after;
  const hMeta = h.change.action === 'deleted' ? undefined : h.change.after;
  const meta = metaDifferences(bMeta, hMeta);
  const contentDiffers = meta.includes('content') || (b.change.diff ?? '') !== (h.change.diff ?? '');
  differences.push(...meta.filter((d) => d !== 'content' && !d.startsWith('size ')));
  if (contentDiffers) differences.push('content');
  return differences;
}

const blockedKey = (module: string, blocked: BlockedCommand): string => `${module}\u0000${blocked.source}\u0000${blocked.command}`;

function blockedList(report: DanceReport | undefined): { module: string; blocked: BlockedCommand }[] {
  return (report?.modules ?? []).flatMap((m) => m.blocked.map((blocked) => ({ module: m.name, blocked })));
}

// Pairs equal commands from the same file in order, so a command that only moved lines is `altered`.
function compareBlocked(base: DanceReport | undefined, head: DanceReport | undefined): BlockedDelta[] {
  const pending = new Map<string, { module: string; blocked: BlockedCommand }[]>();
  for (const entry of blockedList(base)) {
    const key = blockedKey(entry.module, entry.blocked);
    pending.set(key, [...(pending.get(key) ?? []), entry]);
  }
  const deltas: BlockedDelta[] = [];
  for (const { module, blocked } of blockedList(head)) {
    const match = pending.get(blockedKey(module, blocked))?.shift();
    const entry = { module, command: blocked.command, source: blocked.source, line: blocked.line };
    if (!match) deltas.push({ delta: 'added', ...entry });
    else if (match.blocked.line !== blocked.line) deltas.push({ delta: 'altered', ...entry, baseLine: match.blocked.line });
  }
  for (const left of pending.values()) {
    for (const { module, blocked } of left) {
      deltas.push({ delta: 'removed', module, command: blocked.command, source: blocked.source, line: blocked.line });
    }
  }
  return deltas;
}

interface KeyedStep {
  module: string;
  step: Step;
}

function stepList(report: DanceReport | undefined): Map<string, KeyedStep> {
  const steps = new Map<string, KeyedStep>();
  const add = (module: string, step: Step): void => {
    const key = `${module}\u0000${step.kind}\u0000${step.name}`;
    if (!steps.has(key)) steps.set(key, { module, step });
  };
  for (const step of report?.internal ?? []) add(INTERNAL_MODULE, step);
  for (const module of report?.modules ?? []) for (const step of module.steps) add(module.name, step);
  return steps;
}

const outcome = (step: Step): StepOutcome => ({
  outcome: isStepFailed(step) ? 'failed' : 'passed',
  exitCode: step.exitCode,
  ...(step.reason !== undefined ? { reason: step.reason } : {}),
});

function compareSteps(
  base: DanceReport | undefined,
  head: DanceReport | undefined,
  thresholds: DeltaThresholds,
): { steps: StepDelta[]; metrics: MetricDelta[] } {
  const before = stepList(base);
  const after = stepList(head);
  const steps: StepDelta[] = [];
  const metrics: MetricDelta[] = [];
  const describe = ({ module, step }: KeyedStep) => ({ module, kind: step.kind, name: step.name, source: step.source });
  for (const [key, h] of after) {
    const b = before.get(key);
    if (!b) {
      steps.push({ delta: 'added', ...describe(h), head: outcome(h.step) });
      continue;
    }
    const [bo, ho] = [outcome(b.step), outcome(h.step)];
    if (bo.outcome !== ho.outcome || bo.exitCode !== ho.exitCode || bo.reason !== ho.reason) {
      steps.push({ delta: 'altered', ...describe(h), base: bo, head: ho });
    }
    const grew = (metric: 'time_real' | 'mem_max', ratio: number, minimum: number): void => {
      const [x, y] = [b.step.metrics[metric] ?? 0, h.step.metrics[metric] ?? 0];
      if (y - x >= minimum && y > x * (1 + ratio)) {
        const growth = x > 0 ? y / x - 1 : null;
        metrics.push({ module: h.module, kind: h.step.kind, name: h.step.name, metric, base: x, head: y, growth });
      }
    };
    grew('time_real', thresholds.timeRatio, thresholds.timeMinSeconds);
    grew('mem_max', thresholds.memRatio, thresholds.memMinKiB);
  }
  for (const [key, b] of before) if (!after.has(key)) steps.push({ delta: 'removed', ...describe(b), base: outcome(b.step) });
  return { steps, metrics };
}
