/**
 * Apply's merge of the churn module onto a root: the report's `merge` phase (disco-sandbox merge,
 * chrooted into the target, synced). The `journal` phase before it (the upper layer copied to disk
 * and synced, for crash safety) is apply's cost too: it gets a row of its own, without a goal.
 * Each run applies to a fresh hard-link copy of the small root (the merge renames new files into
 * place and never writes into the linked ones), removed afterwards, on a journaled ext4 of the
 * benchmark's own (workloads/apply-fs.ts says why).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { between, danceInProcess } from '../lib/engine';
import { BenchError, linkCopy, removeTree } from '../lib/env';
import { withApplyFs } from '../workloads/apply-fs';
import type { Row } from '../lib/row';
import { stats } from '../lib/stats';
import { churn } from '../workloads/churn';
import { CHURN_KEPT, churnFile } from '../workloads/roots';

export async function mergeRows(smallRoot: string, runs: number): Promise<Row[]> {
  const [merges, journals]: number[][] = [[], []];
  const where = await withApplyFs(smallRoot, async (fs) => {
    const target = join(fs.work, 'apply-root');
    for (let i = 0; i < runs; i++) {
      linkCopy(fs.root, target);
      // The merge ends with a syncfs of the target's filesystem: what the copy left unwritten
      // would be flushed, and timed, with it. A real host's root has no such backlog.
      execFileSync('sync');
      try {
        const timed = await danceInProcess(churn(), target, 'apply', fs.state);
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
    return fs.note;
  });
  return [
    {
      id: 'merge-churn',
      figure: `apply merge of the churn module (${where})`,
      unit: 'ms',
      stats: stats(merges),
      goal: { on: 'median', max: 1000, text: '≤ 1 s' },
      details: { samplesMs: merges, filesystem: where },
    },
    {
      id: 'journal-churn',
      figure: `apply journal of the churn module (${where}, no goal)`,
      unit: 'ms',
      stats: stats(journals),
      details: { samplesMs: journals, filesystem: where },
    },
  ];
}
