/** A parameter directory as a ParamTree: a file is a value (its exact content), a directory is `{}`. */
import { readFileSync } from 'node:fs';
import { comparePaths } from './compare';
import { checkParamKey } from './param-names';
import type { RepoRoot, Sources } from './repo-fs';
import type { ParamEntry, ParamTree } from './types';
import { walkTree } from './walk-tree';

/** Reads repo-relative `dirRel`; a missing directory is an empty tree. */
export function readParams(repo: RepoRoot, dirRel: string, sources: Sources): ParamTree {
  const entries = walkTree(repo, dirRel, { followSymlinks: true, sources });
  return entries
    .map((entry): ParamEntry => {
      const key = checkParamKey(entry.rel, entry.source);
      return entry.type === 'directory'
        ? { key, type: 'dir', origin: entry.source }
        : { key, type: 'value', value: readFileSync(entry.real, 'utf8'), origin: entry.source };
    })
    .sort((a, b) => comparePaths(a.key, b.key));
}
