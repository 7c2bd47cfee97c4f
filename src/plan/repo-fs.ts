/**
 * Filesystem access for reading a module repository, with its one policy: a path may be a symlink
 * only if it resolves inside the repository (the target is then recorded as a source, so
 * `disco affected` can see that a change there matters). `.gitkeep` files are invisible: git
 * cannot store an empty directory, so a repository keeps one with a `.gitkeep` inside.
 */
import { lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { InputError } from '../model/errors';
import { compareNames } from './compare';

export const IGNORED_FILE = '.gitkeep';

export interface RepoRoot {
  /** Absolute path as given (logical). */
  root: string;
  /** The same directory with every symlink resolved. */
  realRoot: string;
}

/** Where something was read from: repo-relative paths, the owner's own directory first. */
export type Sources = Set<string>;

export function openRepoRoot(dir: string): RepoRoot {
  const root = resolve(dir);
  let stats: Stats;
  try {
    stats = statSync(root);
  } catch {
    throw new InputError('repository not found', dir);
  }
  if (!stats.isDirectory()) throw new InputError('repository is not a directory', dir);
  return { root, realRoot: realpathSync(root) };
}

const isInside = (parent: string, child: string): boolean => child === parent || child.startsWith(parent + sep);

/**
 * The real path of repo-relative `rel`, or undefined if nothing is there. A symlink (at `rel` or on
 * the way to it) must lead inside the repository; its target is added to `sources`.
 */
export function resolveInRepo(repo: RepoRoot, rel: string, sources: Sources): string | undefined {
  const logical = join(repo.root, rel);
  if (!lstatOrUndefined(logical)) return undefined;
  let real: string;
  try {
    real = realpathSync(logical);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new InputError('symlink loop', rel);
    throw new InputError(`broken symlink (-> ${linkText(logical)})`, rel);
  }
  if (!isInside(repo.realRoot, real)) {
    throw new InputError(`symlink leads outside the repository (-> ${linkText(logical)})`, rel);
  }
  const target = relative(repo.realRoot, real).split(sep).join('/');
  if (target !== rel) sources.add(target);
  return real;
}

/** Sorted entry names of a directory (real path), without `.gitkeep`. */
export function listNames(realDir: string): string[] {
  return readdirSync(realDir)
    .filter((name) => name !== IGNORED_FILE)
    .sort(compareNames);
}

/** The directory at `rel` (real path), undefined if missing; an error if it is something else. */
export function openDir(repo: RepoRoot, rel: string, sources: Sources): string | undefined {
  const real = resolveInRepo(repo, rel, sources);
  if (real && !statSync(real).isDirectory()) throw new InputError('expected a directory', rel);
  return real;
}

/** Text of the file at `rel`, undefined if missing; an error if it is something else. */
export function readTextFile(repo: RepoRoot, rel: string, sources: Sources): string | undefined {
  const real = resolveInRepo(repo, rel, sources);
  if (!real) return undefined;
  if (!statSync(real).isFile()) throw new InputError('expected a file', rel);
  return readFileSync(real, 'utf8');
}

export function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function linkText(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return '?';
  }
}
