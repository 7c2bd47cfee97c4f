/**
 * Atomic replacement of the local copy. The destination is a symlink to a sibling directory
 * (`fetched -> .fetched.fetch-<pid>-<id>`). A fetch fills a new sibling, and only after every check
 * passed does one rename(2) put a fresh symlink in place of the old one: at every moment the
 * destination is either the previous copy or the new one, whatever kills the fetch and when.
 * Siblings left by fetches that died (their pid is gone) are removed by the next fetch.
 */
import { lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmdirSync, rmSync, symlinkSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../model/errors';

export interface Staging {
  /** The new copy being filled. */
  dir: string;
  /** The copy the destination points at now, if any (rsync `--link-dest` reads from it). */
  previous?: string;
}

const siblingPattern = (base: string): RegExp =>
  new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(fetch|link)-(\\d+)-[0-9a-f]+$`);

const siblingName = (base: string, kind: 'fetch' | 'link'): string =>
  `.${base}.${kind}-${process.pid}-${randomBytes(4).toString('hex')}`;

/** Checks `dest` may be replaced, clears stale siblings, and makes the new copy's directory. */
export function openStaging(dest: string): Staging {
  try {
    return makeStaging(dest, currentCopy(dest));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOTDIR' || code === 'ENOSPC') {
      throw new InputError(`cannot write the local copy here (${code})`, dest);
    }
    throw error;
  }
}

function makeStaging(dest: string, current: string | undefined): Staging {
  const parent = dirname(dest);
  const base = basename(dest);
  mkdirSync(parent, { recursive: true });
  for (const name of readdirSync(parent)) {
    const match = siblingPattern(base).exec(name);
    if (!match || name === current) continue;
    const pid = Number(match[2]);
    if (pid === process.pid || !isAlive(pid)) rmSync(join(parent, name), { recursive: true, force: true });
  }
  const dir = join(parent, siblingName(base, 'fetch'));
  // Only disco (root) reads the copy: a server's setuid file in files/ must not be runnable by
  // local users from the cache before (or without) any dance installing it.
  mkdirSync(dir, { mode: 0o700 });
  return { dir, previous: current ? join(parent, current) : undefined };
}

/** Points `dest` at the new copy in one rename, then removes the previous copy. */
export function commitStaging(staging: Staging, dest: string): void {
  const link = join(dirname(dest), siblingName(basename(dest), 'link'));
  symlinkSync(basename(staging.dir), link);
  // A first fetch may find an empty directory made for it; nothing is lost by removing that.
  if (lstatSync(dest, { throwIfNoEntry: false })?.isDirectory()) rmdirSync(dest);
  renameSync(link, dest);
  if (staging.previous && staging.previous !== staging.dir) rmSync(staging.previous, { recursive: true, force: true });
}

export function discardStaging(staging: Staging): void {
  rmSync(staging.dir, { recursive: true, force: true });
}

/**
 * The sibling `dest` points at; undefined when `dest` is missing or an empty directory. Anything
 * else at `dest` is not a copy this command made, and is never replaced.
 */
function currentCopy(dest: string): string | undefined {
  const stats = lstatSync(dest, { throwIfNoEntry: false });
  if (!stats) return undefined;
  if (stats.isSymbolicLink()) {
    const target = readlinkSync(dest);
    const match = siblingPattern(basename(dest)).exec(target);
    if (match?.[1] === 'fetch') return target;
  } else if (stats.isDirectory() && readdirSync(dest).length === 0) {
    return undefined;
  }
  throw new InputError('exists and is not a copy made by disco fetch (a symlink to .<name>.fetch-…): refusing to replace it', dest);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
