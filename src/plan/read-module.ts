/**
 * One module directory as a ModuleDef. Every folder is optional (missing = empty). `files/` is
 * copied as is, so its symlinks are entries; templates and scripts are read through in-repo
 * symlinks. Scripts are the files directly inside `scripts/`; subdirectories may hold helpers
 * that scripts source, and are not run. Other entries of the module (say `lib/`) are the module's
 * own business: not read, but held to the same symlink rule.
 */
import { listNames, openDir, readTextFile, type RepoRoot } from './repo-fs';
import { parseRequires } from './parse-requires';
import { readParams } from './read-params';
import { compactSources } from './sources';
import type { FileEntry, ModuleDef, ScriptEntry, TemplateEntry } from './types';
import { checkExtraEntries, walkTree } from './walk-tree';

export const MODULE_ENTRIES = ['requires', 'parameters', 'files', 'templates', 'scripts'] as const;

export function readModule(repo: RepoRoot, name: string): ModuleDef {
  const dir = `modules/${name}`;
  const sources = new Set([dir]);
  const realDir = openDir(repo, dir, sources);
  checkExtraEntries(repo, dir, realDir ? listNames(realDir) : [], MODULE_ENTRIES, sources);

  const requiresFile = `${dir}/requires`;
  const requiresText = readTextFile(repo, requiresFile, sources) ?? '';

  const files = walkTree(repo, `${dir}/files`, { followSymlinks: false, sources }).map(
    (entry): FileEntry => ({
      target: `/${entry.rel}`,
      source: entry.source,
      type: entry.type,
      mode: entry.mode.toString(8).padStart(4, '0'),
      ...(entry.linkTarget !== undefined ? { linkTarget: entry.linkTarget } : {}),
    }),
  );
  const templates = walkTree(repo, `${dir}/templates`, { followSymlinks: true, sources })
    .filter((entry) => entry.type === 'file')
    .map((entry): TemplateEntry => ({ target: `/${entry.rel}`, source: entry.source }));
  const scripts = walkTree(repo, `${dir}/scripts`, { followSymlinks: true, sources })
    .filter((entry) => entry.type === 'file' && !entry.rel.includes('/'))
    .map((entry): ScriptEntry => ({ name: entry.rel, source: entry.source }));

  return {
    name,
    requires: parseRequires(requiresText, requiresFile),
    files,
    templates,
    scripts,
    parameters: readParams(repo, `${dir}/parameters`, sources),
    sources: compactSources(sources),
  };
}
