/**
 * The release gate's metric budget (`budget` input), e.g.
 *
 *     time_real: +20%      a node's total may grow at most 20 % over the base run's
 *     time_real: +2s       … at most 2 seconds over it
 *     mem_max: 200MB       a node's peak may not exceed 200 MiB, base or not
 *
 * One rule a line (or comma-separated). Totals are per node over its modules' steps: sums for
 * times, I/O and faults; the peak for mem_max. Sizes are binary (1 MB = 1 MiB, as the engine
 * measures KiB); times take ms, s, m, h (seconds when bare).
 */
import type { DanceReport, Step } from '../model/dance-report';
import { InputError } from '../model/errors';
import { formatKiB, formatSeconds } from '../reporters/text';

type Kind = 'time' | 'memory' | 'count';

const METRICS: Record<string, Kind> = {
  time_real: 'time', time_user: 'time', time_sys: 'time',
  mem_max: 'memory',
  mem_faults_major: 'count', mem_faults_minor: 'count',
  io_fsin: 'count', io_fsout: 'count', io_signals: 'count',
};

/** Multipliers into the report's own units: seconds, KiB, counts. */
const UNITS: Record<Kind, Record<string, number>> = {
  time: { '': 1, ms: 0.001, s: 1, sec: 1, m: 60, min: 60, h: 3600 },
  memory: { '': 1, b: 1 / 1024, k: 1, kb: 1, kib: 1, m: 1024, mb: 1024, mib: 1024, g: 1024 ** 2, gb: 1024 ** 2, gib: 1024 ** 2 },
  count: { '': 1 },
};

export interface BudgetRule {
  metric: string;
  /** ratio: growth over the base as a fraction; growth: absolute growth; ceiling: absolute limit. */
  kind: 'ratio' | 'growth' | 'ceiling';
  /** In report units (seconds, KiB, counts); a fraction for ratio. */
  limit: number;
  /** The rule as written, for messages. */
  text: string;
}

const RULE = /^([a-z_]+)\s*:\s*(\+?)\s*(\d+(?:\.\d+)?)\s*([a-z%]*)$/i;
const FORM = `"<metric>: +N%", "<metric>: +N<unit>" or "<metric>: N<unit>"`;

/** Parses the input; any rule that does not parse is one InputError quoting it. */
export function parseBudget(text: string): BudgetRule[] {
  return text
    .split(/[\n,;]/)
    .map((part) => part.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map(parseRule);
}

function parseRule(text: string): BudgetRule {
  const bad = (why: string): InputError => new InputError(`budget: cannot read '${text}': ${why}`);
  const match = RULE.exec(text);
  if (!match) throw bad(`expected ${FORM}`);
  const [, metric, plus, number, rawUnit] = match as unknown as [string, string, string, string, string];
  const kind = METRICS[metric];
  if (!kind) throw bad(`unknown metric '${metric}' (known: ${Object.keys(METRICS).join(', ')})`);
  const unit = rawUnit.toLowerCase();
  if (unit === '%') {
    if (!plus) throw bad(`a percentage is growth over the base: write '+${number}%'`);
    return { metric, kind: 'ratio', limit: Number(number) / 100, text };
  }
  const factor = UNITS[kind][unit];
  if (factor === undefined) {
    const units = Object.keys(UNITS[kind]).filter(Boolean);
    throw bad(`unknown unit '${rawUnit}' for ${metric} (${units.length ? `use ${units.join(', ')} or %` : 'a plain number or %'})`);
  }
  return { metric, kind: plus ? 'growth' : 'ceiling', limit: Number(number) * factor, text };
}

/** True when some rule compares with the base (and so needs base reports). */
export const needsBase = (rules: BudgetRule[]): boolean => rules.some((rule) => rule.kind !== 'ceiling');

/** A node's total for a metric: the peak for mem_max, the sum of its modules' steps otherwise. */
export function nodeTotal(report: DanceReport, metric: string): number {
  const steps: Step[] = report.modules.flatMap((module) => module.steps);
  const values = steps.map((step) => step.metrics[metric] ?? 0);
  return metric === 'mem_max' ? Math.max(0, ...values) : values.reduce((sum, value) => sum + value, 0);
}

export interface BudgetCheck {
  breaches: string[];
  /** Rules that could not be checked for a node (no base report, a base of zero). */
  skipped: string[];
}

/** Checks every node of `reports` against the rules, relative ones against `base` (same node and mode). */
export function checkBudget(rules: BudgetRule[], reports: DanceReport[], base: DanceReport[]): BudgetCheck {
  const check: BudgetCheck = { breaches: [], skipped: [] };
  const baseOf = new Map(base.map((report) => [`${report.node}\0${report.mode}`, report]));
  for (const report of reports) {
    for (const rule of rules) {
      const value = nodeTotal(report, rule.metric);
      const show = (n: number): string => formatValue(rule.metric, n);
      if (rule.kind === 'ceiling') {
        if (value > rule.limit) check.breaches.push(`${report.node} ${rule.metric} ${show(value)} is over ${show(rule.limit)} (budget '${rule.text}')`);
        continue;
      }
      const previous = baseOf.get(`${report.node}\0${report.mode}`);
      if (!previous) {
        check.skipped.push(`${report.node} ${rule.metric}: no base report to compare with`);
        continue;
      }
      const before = nodeTotal(previous, rule.metric);
      const over = `over the base ${show(before)} (budget '${rule.text}')`;
      if (rule.kind === 'growth' && value - before > rule.limit) {
        check.breaches.push(`${report.node} ${rule.metric} ${show(value)} is ${show(value - before)} ${over}`);
      } else if (rule.kind === 'ratio') {
        if (before <= 0) check.skipped.push(`${report.node} ${rule.metric}: the base is 0, a percentage cannot apply`);
        else if (value / before - 1 > rule.limit) {
          check.breaches.push(`${report.node} ${rule.metric} ${show(value)} is +${Math.round((value / before - 1) * 100)}% ${over}`);
        }
      }
    }
  }
  return check;
}

function formatValue(metric: string, value: number): string {
  const kind = METRICS[metric];
  if (kind === 'time') return formatSeconds(value);
  if (kind === 'memory') return formatKiB(value);
  return String(Math.round(value));
}
