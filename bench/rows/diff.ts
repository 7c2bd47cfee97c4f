/**
 * The diff: from the end of a dance's last step to its changes, attributed and sorted — the scan of
 * the upper layer after the module, the final scan, and computeChanges (the report's `diff` phase).
 * Timed from the dance's own events in this process. Three rows: no changes on the big root and on
 * the small root (their ratio shows whether the cost depends on the root's size: it must not), and
 * the churn module's 10,000 changes.
 */
import { between, danceInProcess, type Timed } from '../lib/engine';
import type { Row } from '../lib/row';
import { stats } from '../lib/stats';
import { churn, idle } from '../workloads/churn';
import type { Workload } from '../workloads/fleet';

const diffMs = (t: Timed): number => between(t, 'step', 'done:diff');

async function diffRuns(workload: Workload, root: string, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(diffMs(await danceInProcess(workload, root, 'noop')));
  return samples;
}

export async function emptyDiffRows(bigRoot: string, bigEntries: number, smallRoot: string, runs: number): Promise<Row[]> {
  await diffRuns(idle(), bigRoot, 1); // warm-up: the page cache of both roots
  await diffRuns(idle(), smallRoot, 1);
  const [big, small]: number[][] = [[], []];
  for (let i = 0; i < runs; i++) {
    big.push(...(await diffRuns(idle(), bigRoot, 1)));
    small.push(...(await diffRuns(idle(), smallRoot, 1)));
  }
  const [b, s] = [stats(big), stats(small)];
  return [
    {
      id: 'diff-empty-big',
      figure: `diff, 0 changes, big root (${Math.round(bigEntries / 1000)}k entries)`,
      unit: 'ms',
      stats: b,
      goal: { on: 'median', max: 20, text: '≤ 20 ms' },
      details: { samplesMs: big },
    },
    {
      id: 'diff-empty-small',
      figure: 'diff, 0 changes, small root',
      unit: 'ms',
      stats: s,
      ratio: b.median / s.median,
      ratioOf: 'big ÷ small',
      goal: { on: 'ratio', min: 0.67, max: 1.5, text: 'ratio ≈ 1 (0.67–1.5)' },
      details: { samplesMs: small },
    },
  ];
}

export async function churnDiffRow(root: string, runs: number): Promise<Row> {
  const samples: number[] = [];
  const parts: Record<string, number[]> = { scans: [], computeChanges: [] };
  for (let i = 0; i < runs; i++) {
    const timed = await danceInProcess(churn(), root, 'noop');
    samples.push(diffMs(timed));
    parts.scans.push(between(timed, 'step', 'phase:diff'));
    parts.computeChanges.push(between(timed, 'phase:diff', 'done:diff'));
  }
  return {
    id: 'diff-churn',
    figure: 'diff of the churn module (10,000 changes)',
    unit: 'ms',
    stats: stats(samples),
    goal: { on: 'median', max: 1000, text: '≤ 1 s' },
    details: { scansMedianMs: stats(parts.scans).median, computeChangesMedianMs: stats(parts.computeChanges).median, samplesMs: samples },
  };
}
