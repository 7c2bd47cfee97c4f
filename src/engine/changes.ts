import { readdirSync, realpathSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Change, EntryType, Meta } from '../model/dance-report';
import type { Accounts } from './accounts';
import { isExcluded } from './excluded-paths';
import { entryType, lstatOrUndefined, makeMeta, readNoFollow } from './file-meta';
import { textDiff } from './text-diff';
import { isWhiteout, type UpperEntry } from './upper-scan';

/** What the diff needs to read both sides: the target (lower) and the scratch (upper), host-side. */
export interface DiffSources {
  root: string;
  upper: string;
  before: Accounts;
  after: Accounts;
  /** Characters of diff text still allowed in this report (it keeps a huge change readable). */
  diffBudget?: { left: number };
}

/** Diff text one report carries at most; past it, changes are listed without their diffs. */
export const REPORT_DIFF_BUDGET = 32 * 1024 * 1024;

interface Side {
  path: string;
  st: Stats;
  content?: Buffer;
}

/** The sources of one computeChanges call, with what it learnt of the target's directories. */
interface Diffing extends DiffSources {
  /** Lower directories (host paths) and whether each resolves to itself (no symlink on the way). */
  realDirs: Map<string, boolean>;
}

/**
 * True when a lower directory's host path resolves to itself. Asked once per directory and call:
 * the target does not change during the diff (noop never writes to it; every step has been killed).
 */
function resolvesToItself(src: Diffing, dir: string): boolean {
  let real = src.realDirs.get(dir);
  if (real === undefined) {
    try {
      real = realpathSync(dir) === dir;
    } catch {
      real = false;
    }
    src.realDirs.set(dir, real);
  }
  return real;
}

/**
 * The lower side of a path, read only when the host path resolves to the same place inside the
 * target: a symlinked parent could otherwise point the read outside it.
 */
function lowerSide(src: Diffing, rel: string): Side | undefined {
  const path = join(src.root, rel);
  const st = lstatOrUndefined(path);
  if (!st) return undefined;
  if (!resolvesToItself(src, dirname(path))) return undefined;
  return { path, st, content: st.isFile() ? readNoFollow(path) : undefined };
}

function upperSide(src: DiffSources, rel: string): Side | undefined {
  const path = join(src.upper, rel);
  const st = lstatOrUndefined(path);
  if (!st) return undefined;
  return { path, st, content: st.isFile() ? readNoFollow(path) : undefined };
}

/** Directory sizes differ between filesystems (the scratch is a tmpfs): they are not a change. */
const sameMeta = (a: Meta, b: Meta, type: EntryType): boolean =>
  a.mode === b.mode && a.uid === b.uid && a.gid === b.gid && a.md5 === b.md5 && a.target === b.target &&
  (type === 'directory' || a.size === b.size);

function describe(rel: string, action: Change['action'], type: EntryType, before?: Side, after?: Side, src?: DiffSources, selinux?: string): Change {
  const change: Change = { path: '/' + rel, action, type };
  if (before && src) change.before = makeMeta(before.path, before.st, src.before, before.content);
  if (after && src) change.after = makeMeta(after.path, after.st, src.after, after.content, selinux);
  if (before?.content || after?.content) {
    const budget = src?.diffBudget;
    if (budget && budget.left <= 0) {
      change.diffTruncated = true;
    } else {
      Object.assign(change, textDiff('/' + rel, before?.content, after?.content));
      if (budget && change.diff) budget.left -= change.diff.length;
    }
  }
  return change;
}

/** Every entry under a lower directory, as deletions (an `rm -rf` or a replaced directory). */
function lowerTreeDeleted(src: Diffing, rel: string, keep: Set<string>, out: Change[]): void {
  let names: string[];
  try {
    names = readdirSync(join(src.root, rel)).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const child = `${rel}/${name}`;
    if (keep.has(child) || isExcluded(child)) continue;
    const side = lowerSide(src, child);
    if (!side) continue;
    out.push(describe(child, 'deleted', entryType(side.st), side, undefined, src));
    if (side.st.isDirectory()) lowerTreeDeleted(src, child, keep, out);
  }
}

/**
 * Changes from the upper layer alone, so cost follows the size of the change, not of the root.
 * Copy-ups that changed nothing (a touched file, a parent directory) are not changes.
 */
export function computeChanges(entries: UpperEntry[], sources: DiffSources): Change[] {
  const src: Diffing = { diffBudget: { left: REPORT_DIFF_BUDGET }, ...sources, realDirs: new Map() };
  const out: Change[] = [];
  const present = new Set(entries.filter((e) => !isWhiteout(e)).map((e) => e.path));
  // A directory inside an opaque one hides its lower twin's content just the same.
  const opaque = new Set<string>();
  for (const entry of entries) {
    const rel = entry.path;
    if (isExcluded(rel)) continue;
    const before = lowerSide(src, rel);
    if (isWhiteout(entry)) {
      if (!before) continue;
      out.push(describe(rel, 'deleted', entryType(before.st), before, undefined, src));
      if (before.st.isDirectory()) lowerTreeDeleted(src, rel, present, out);
      continue;
    }
    const after = upperSide(src, rel);
    if (!after) continue;
    if (!before) {
      out.push(describe(rel, 'created', entryType(after.st), undefined, after, src, entry.selinux));
      continue;
    }
    const change = describe(rel, 'modified', entryType(after.st), before, after, src, entry.selinux);
    const typeChanged = entryType(before.st) !== entryType(after.st);
    if (typeChanged || !sameMeta(change.before!, change.after!, change.type)) out.push(change);
    const replaced = entry.opaque || opaque.has(dirname(rel));
    if (replaced && after.st.isDirectory()) opaque.add(rel);
    if (replaced && before.st.isDirectory()) lowerTreeDeleted(src, rel, present, out);
  }
  return out;
}
