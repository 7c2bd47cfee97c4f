/** A module repository (DESIGN §2) as typed data. Reading only: ordering problems surface in makePlan. */
import { statSync } from 'node:fs';
import { InputError } from '../model/errors';
import { checkEntityName } from './param-names';
import { listNames, openDir, openRepoRoot, resolveInRepo, type RepoRoot } from './repo-fs';
import { readModule } from './read-module';
import { readNode } from './read-node';
import type { ModuleDef, NodeDef, Repo } from './types';

export function readRepo(dir: string): Repo {
  try {
    return readRepoTree(dir);
  } catch (error) {
    throw unreadable(error) ?? error;
  }
}

/**
 * A file or directory the reader may not open (EACCES for a non-root reader, EIO, …) is bad input
 * naming that path, not a crash; InputErrors and anything else pass through unchanged.
 */
function unreadable(error: unknown): InputError | undefined {
  if (error instanceof InputError) return undefined;
  const { code, syscall, path } = error as NodeJS.ErrnoException;
  if (typeof code !== 'string' || !syscall || !path) return undefined;
  return new InputError(`cannot read (${code})`, path);
}

function readRepoTree(dir: string): Repo {
  const repo = openRepoRoot(dir);
  const nodeNames = listEntities(repo, 'parameters', 'node');
  const moduleNames = listEntities(repo, 'modules', 'module');
  if (nodeNames === undefined && moduleNames === undefined) {
    throw new InputError('not a disco repository (neither parameters/ nor modules/ exists)', dir);
  }
  const nodes = new Map<string, NodeDef>((nodeNames ?? []).map((name) => [name, readNode(repo, name)]));
  const modules = new Map<string, ModuleDef>((moduleNames ?? []).map((name) => [name, readModule(repo, name)]));
  return { root: repo.root, nodes, modules };
}

/**
 * Names of the subdirectories of `parameters/` or `modules/`; undefined when that folder is
 * missing. Plain files there (a README) are no node or module and are skipped.
 */
function listEntities(repo: RepoRoot, folder: string, kind: 'node' | 'module'): string[] | undefined {
  const sources = new Set<string>();
  const realDir = openDir(repo, folder, sources);
  if (!realDir) return undefined;
  return listNames(realDir)
    .filter((name) => statSync(resolveInRepo(repo, `${folder}/${name}`, sources)!).isDirectory())
    .map((name) => checkEntityName(kind, name, `${folder}/${name}`));
}
