/**
 * Apply's merge of the churn module onto a root: the report's `merge` phase (disco-sandbox merge,
 * chrooted into the target, synced). The `journal` phase before it (the upper layer copied to disk
 * and synced, for crash safety) is apply's cost too: it gets a row of its own, without a goal.
 * Each run applies to a fresh hard-link copy of the small root (the merge renames new files into
 * place and never writes into the linked ones), removed afterwards.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { between, danceInProcess } from '../lib/engine';
import { BenchError, linkCopy, removeTree, WORK } from '../lib/env';
import type { Row } from '../lib/row';
import { stats } from '../lib/stats';
import { churn } from '../workloads/churn';
import { CHURN_KEPT, churnFile } from '../workloads/roots';

export async function mergeRows(smallRoot: string, runs: number): Promise<Row[]> {
  const [merges, journals]: number[][] = [[], []];
  const target = join(WORK, 'apply-root');
  for (let i = 0; i < runs; i++) {
    linkCopy(smallRoot, target);
    try {
      const timed = await danceInProcess(churn(), target, 'apply');
      merges.push(between(timed, 'phase:merge', 'done:merge'));
      journals.push(between(timed, 'phase:journal', 'done:journal'));
      // The merge did its work: a modified file has its new line, a deleted one is gone.
      if (!readFileSync(join(target, churnFile(0)), 'utf8').includes('version 2') || existsSync(join(target, churnFile(CHURN_KEPT)))) {
        throw new BenchError('the churn apply did not reach the target');
      }
    } finally {
      removeTree(target);
    }
  }
  return [
    {
      id: 'merge-churn',
      figure: 'apply merge of the churn module',
      unit: 'ms',
      stats: stats(merges),
      goal: { on: 'median', max: 1000, text: '≤ 1 s' },
      details: { samplesMs: merges },
    },
    {
      id: 'journal-churn',
      figure: 'apply journal of the churn module (no goal)',
      unit: 'ms',
      stats: stats(journals),
      details: { samplesMs: journals },
    },
  ];
}
