import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stateDir } from '../model/paths';
import type { BlockedCall } from './blocked-log';
import { helperBinary } from './helper-binary';
import { mergeUpper } from './merge';

/**
 * The journal that makes apply all-or-nothing across crashes. Before the merge touches the target,
 * the scratch is copied to disk and synced, with the effects to run; a `committed` marker is then
 * written. A merge or effects run killed at any instant is completed by `recoverJournals` (every
 * disco dance and `disco recover` run it first); a journal without the marker is discarded, its
 * target never touched. Merging is idempotent, so completing means merging again.
 */
export interface Journal {
  dir: string;
  root: string;
  upper: string;
  calls: BlockedCall[];
  /** Effects already run (the first `done` of `calls`). */
  done: number;
}

const journalRoot = (): string => join(stateDir(), 'journal');
export const journalDir = (root: string): string =>
  join(journalRoot(), createHash('sha256').update(root).digest('hex').slice(0, 16));

function writeSynced(path: string, text: string): void {
  writeFileSync(path, text);
  const fd = openSync(path, 'r');
  fsyncSync(fd);
  closeSync(fd);
}

/** Copies the scratch (read where the sandbox supervisor keeps it) into a committed journal. */
export function writeJournal(upper: string, root: string, calls: BlockedCall[]): Journal {
  const dir = journalDir(root);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync(helperBinary(), ['save', upper, join(dir, 'upper')], { stdio: ['ignore', 'ignore', 'pipe'] });
  writeSynced(join(dir, 'journal.json'), JSON.stringify({ root, calls }));
  writeSynced(join(dir, 'done'), '0');
  writeSynced(join(dir, 'committed.tmp'), new Date().toISOString());
  renameSync(join(dir, 'committed.tmp'), join(dir, 'committed'));
  return { dir, root, upper: join(dir, 'upper'), calls, done: 0 };
}

/** Records that the first `done` effects have run. */
export function markEffects(journal: Journal, done: number): void {
  journal.done = done;
  writeSynced(join(journal.dir, 'done.tmp'), String(done));
  renameSync(join(journal.dir, 'done.tmp'), join(journal.dir, 'done'));
}

export function finishJournal(journal: Journal): void {
  rmSync(journal.dir, { recursive: true, force: true });
}

function readJournal(dir: string): Journal | undefined {
  if (!existsSync(join(dir, 'committed'))) return undefined;
  const { root, calls } = JSON.parse(readFileSync(join(dir, 'journal.json'), 'utf8')) as { root: string; calls: BlockedCall[] };
  const done = Number(readFileSync(join(dir, 'done'), 'utf8')) || 0;
  return { dir, root, upper: join(dir, 'upper'), calls, done };
}

/** Journals left by an apply that did not finish: committed ones to complete, for `root` or all. */
export function pendingJournals(root?: string): Journal[] {
  const base = journalRoot();
  if (!existsSync(base)) return [];
  const dirs = root ? [journalDir(root)] : readdirSync(base).map((name) => join(base, name));
  const journals: Journal[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    const journal = readJournal(dir);
    if (journal) journals.push(journal);
    else rmSync(dir, { recursive: true, force: true }); // never committed: the target was not touched
  }
  return journals;
}

/** Completes a journal's merge (again, from the start: merging is idempotent). */
export function completeMerge(journal: Journal): void {
  mergeUpper(journal.upper, journal.root);
}
