/**
 * The parameter tree on disk (the seed's disco-param): a key is a path below the tree directory,
 * a file is a value, a directory is `{}`. `.gitkeep` files are invisible, as in a repository.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from '../model/errors';
import { comparePaths, compareNames } from '../plan/compare';
import { checkParamKey } from '../plan/param-names';
import { IGNORED_FILE } from '../plan/repo-fs';

export type ParamNode = { key: string; type: 'value'; value: string } | { key: string; type: 'dir' };

/** The value or directory at `key`; an InputError when there is none. */
export function getParam(tree: string, key: string): ParamNode {
  const stats = statKey(tree, checkParamKey(key));
  if (!stats) throw missing(tree, key);
  return stats.isDirectory() ? { key, type: 'dir' } : { key, type: 'value', value: readFileSync(join(tree, key), 'utf8') };
}

/**
 * Names of the children of `key` (of the top level without one), sorted — names, not full keys,
 * like the in-sandbox disco-param (`disco-param get KEY/$name` in a loop).
 */
export function listKeys(tree: string, key?: string): string[] {
  const node = key === undefined ? rootNode(tree) : getParam(tree, key);
  if (node.type !== 'dir') throw new InputError(`parameter '${key}' is a value, not a directory`, tree);
  return childNames(join(tree, key ?? ''));
}

/**
 * Everything below directory `key` (the whole tree without one) with full keys, a directory
 * before its children; for a value, just that value.
 */
export function dumpParams(tree: string, key?: string): ParamNode[] {
  const start = key === undefined ? rootNode(tree) : getParam(tree, key);
  const out: ParamNode[] = start.type === 'value' ? [start] : [];
  const walk = (prefix: string): void => {
    for (const name of childNames(join(tree, prefix))) {
      const child = prefix ? `${prefix}/${name}` : name;
      const stats = statSync(join(tree, child));
      if (stats.isDirectory()) {
        out.push({ key: child, type: 'dir' });
        walk(child);
      } else {
        out.push({ key: child, type: 'value', value: readFileSync(join(tree, child), 'utf8') });
      }
    }
  };
  if (start.type === 'dir') walk(key ?? '');
  return out.sort((a, b) => comparePaths(a.key, b.key));
}

/**
 * Stores `value` at `key`, creating parent directories. A newline is appended unless the value
 * ends with one, so the file reads well with `cat` and `get` prints the value back unchanged.
 */
export function setParam(tree: string, key: string, value: string): void {
  checkParamKey(key);
  const parts = key.split('/');
  for (let i = 1; i < parts.length; i++) {
    const parent = parts.slice(0, i).join('/');
    if (statKey(tree, parent)?.isFile()) {
      throw new InputError(`parameter '${parent}' is a value, so '${key}' cannot be set below it`, tree);
    }
  }
  if (statKey(tree, key)?.isDirectory()) {
    throw new InputError(`parameter '${key}' is a directory (delete it first to store a value)`, tree);
  }
  const path = join(tree, key);
  mkdirSync(dirname(path), { recursive: true });
  // Write then rename: a dance reading the tree never sees half a value.
  const temporary = `${path}.disco-tmp-${process.pid}`;
  writeFileSync(temporary, value.endsWith('\n') ? value : value + '\n');
  renameSync(temporary, path);
}

/** Removes a value, or a directory with everything below it. */
export function deleteParam(tree: string, key: string): void {
  if (!statKey(tree, checkParamKey(key))) throw missing(tree, key);
  rmSync(join(tree, key), { recursive: true, force: true });
}

function rootNode(tree: string): ParamNode {
  if (!statKey(tree, '')?.isDirectory()) throw new InputError('parameter tree not found', tree);
  return { key: '', type: 'dir' };
}

function childNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name !== IGNORED_FILE)
    .sort(compareNames);
}

function statKey(tree: string, key: string): Stats | undefined {
  try {
    return statSync(join(tree, key));
  } catch {
    return undefined; // missing, or a dangling symlink: either way there is no parameter
  }
}

function missing(tree: string, key: string): InputError {
  return new InputError(`no such parameter '${key}'`, tree);
}
