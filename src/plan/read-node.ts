/**
 * One node directory as a NodeDef: `parameters/` holds its values, `modules/` one empty file per
 * module it gets (the content is ignored; the name is what counts). Other entries are ignored.
 */
import { statSync } from 'node:fs';
import { InputError } from '../model/errors';
import { compareNames } from './compare';
import { checkEntityName } from './param-names';
import { listNames, openDir, resolveInRepo, type RepoRoot } from './repo-fs';
import { readParams } from './read-params';
import { compactSources } from './sources';
import type { NodeDef } from './types';
import { checkExtraEntries } from './walk-tree';

export const NODE_ENTRIES = ['parameters', 'modules'] as const;

export function readNode(repo: RepoRoot, name: string): NodeDef {
  const dir = `parameters/${name}`;
  const sources = new Set([dir]);
  const realDir = openDir(repo, dir, sources);
  checkExtraEntries(repo, dir, realDir ? listNames(realDir) : [], NODE_ENTRIES, sources);

  const modulesDir = `${dir}/modules`;
  const realModulesDir = openDir(repo, modulesDir, sources);
  const modules = realModulesDir ? listNames(realModulesDir) : [];
  for (const module of modules) {
    const file = `${modulesDir}/${module}`;
    checkEntityName('module', module, file);
    const real = resolveInRepo(repo, file, sources)!; // listed, so present
    if (!statSync(real).isFile()) throw new InputError('expected an empty file naming a module', file);
  }

  return {
    name,
    modules: [...modules].sort(compareNames),
    parameters: readParams(repo, `${dir}/parameters`, sources),
    sources: compactSources(sources),
  };
}
