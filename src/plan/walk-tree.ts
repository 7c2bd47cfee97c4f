/**
 * Lists everything under a repo directory, parents before children, names in code-unit order.
 * With `followSymlinks` (parameters, templates, scripts) a symlink is read through — it must stay
 * inside the repository; without it (`files/`) a symlink is an entry of its own and never followed.
 */
import { lstatSync, readlinkSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../model/errors';
import { listNames, openDir, resolveInRepo, type RepoRoot, type Sources } from './repo-fs';

export interface TreeEntry {
  /** Path below the walked directory, `/`-separated. */
  rel: string;
  /** Repo-relative path (as written in the repository, before any symlink). */
  source: string;
  type: 'file' | 'directory' | 'symlink';
  /** Real path to read a file's content from. */
  real: string;
  /** Permission bits of the entry (of the link itself for unfollowed symlinks). */
  mode: number;
  linkTarget?: string;
}

export interface WalkOptions {
  followSymlinks: boolean;
  sources: Sources;
}

/** Entries under repo-relative `dirRel`; a missing directory is empty. */
export function walkTree(repo: RepoRoot, dirRel: string, options: WalkOptions): TreeEntry[] {
  const realDir = openDir(repo, dirRel, options.sources);
  if (!realDir) return [];
  const entries: TreeEntry[] = [];
  walkInto(repo, realDir, dirRel, '', options, new Set([realDir]), entries);
  return entries;
}

function walkInto(
  repo: RepoRoot,
  realDir: string,
  dirRel: string,
  prefix: string,
  options: WalkOptions,
  ancestors: Set<string>,
  out: TreeEntry[],
): void {
  for (const name of listNames(realDir)) {
    const rel = prefix ? `${prefix}/${name}` : name;
    const source = `${dirRel}/${rel}`;
    const path = join(realDir, name);
    let stats: Stats = lstatSync(path);
    let real = path;
    if (stats.isSymbolicLink()) {
      if (!options.followSymlinks) {
        out.push({ rel, source, type: 'symlink', real, mode: stats.mode & 0o7777, linkTarget: readlinkSync(path) });
        continue;
      }
      real = resolveInRepo(repo, source, options.sources)!;
      stats = statSync(real);
    }
    if (stats.isDirectory()) {
      if (ancestors.has(real)) throw new InputError('symlink loop', source);
      out.push({ rel, source, type: 'directory', real, mode: stats.mode & 0o7777 });
      walkInto(repo, real, dirRel, rel, options, new Set([...ancestors, real]), out);
    } else if (stats.isFile()) {
      out.push({ rel, source, type: 'file', real, mode: stats.mode & 0o7777 });
    } else {
      throw new InputError('unsupported file type (only files, directories and symlinks)', source);
    }
  }
}

/**
 * Entries of a module or node directory that disco does not read (`lib/`, notes): they stay
 * allowed, but a symlink among them must still stay inside the repository.
 */
export function checkExtraEntries(repo: RepoRoot, dirRel: string, names: string[], known: readonly string[], sources: Sources): void {
  for (const name of names.filter((entry) => !known.includes(entry))) {
    const rel = `${dirRel}/${name}`;
    const real = resolveInRepo(repo, rel, sources);
    if (real && statSync(real).isDirectory()) walkTree(repo, rel, { followSymlinks: true, sources });
  }
}
