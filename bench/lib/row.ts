/** One row of the benchmark table: a figure measured over repeated runs, and its goal. */
import type { Stats } from './stats';

export type Unit = 'ms' | 's' | 'MB' | 'x';

export interface Goal {
  /** What is compared with the limit: the row's median, its max or its ratio. */
  on: 'median' | 'max' | 'ratio';
  /** Upper limit (and, for "≈ 1" goals, a lower one). */
  max: number;
  min?: number;
  /** As printed, e.g. "≤ 50 ms". */
  text: string;
}

export interface Row {
  id: string;
  figure: string;
  unit: Unit;
  stats: Stats;
  ratio?: number;
  /** What the ratio is of, e.g. "big ÷ small root". */
  ratioOf?: string;
  goal?: Goal;
  /** Everything else worth keeping in results.json (breakdowns, the other side of a ratio). */
  details?: Record<string, unknown>;
  note?: string;
}

export type Verdict = 'PASS' | 'MISS' | '-';

export function verdict(row: Row): Verdict {
  if (!row.goal) return '-';
  const value = row.goal.on === 'ratio' ? row.ratio : row.goal.on === 'max' ? row.stats.max : row.stats.median;
  if (value === undefined || !Number.isFinite(value)) return 'MISS';
  return value <= row.goal.max && (row.goal.min === undefined || value >= row.goal.min) ? 'PASS' : 'MISS';
}
