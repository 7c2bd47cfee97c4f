import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runEffect } from './effects';
import { completeMerge, finishJournal, markEffects, pendingJournals } from './journal';

/**
 * Completes applies that a crash interrupted after their journal was committed: the merge again
 * (idempotent), then the effects not yet run. Returns how many it completed.
 */
export function recoverApplies(say: (line: string) => void, root?: string): number {
  const journals = pendingJournals(root);
  for (const journal of journals) {
    say(`info: completing an interrupted apply on ${journal.root}`);
    completeMerge(journal);
    const logs = mkdtempSync(join(tmpdir(), 'disco-recover-'));
    try {
      for (let index = journal.done; index < journal.calls.length; index++) {
        const step = runEffect(journal.calls[index], journal.root, join(logs, `${index}.log`));
        markEffects(journal, index + 1);
        say(`info: Executed : ${step.name} (exit ${step.exitCode})`);
      }
    } finally {
      rmSync(logs, { recursive: true, force: true });
    }
    finishJournal(journal);
  }
  return journals.length;
}
