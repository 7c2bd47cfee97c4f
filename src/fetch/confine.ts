/**
 * The checks a fetched unit (`parameters/<node>` or `modules/<m>` of the staging copy) must pass
 * before disco reads a byte of it — stricter than a local repository's, because each unit comes
 * from its own rsync module and may only speak for itself:
 * - a symlink that disco would read through (parameters, requires, templates, scripts, anything
 *   outside `files/`) must resolve inside its own unit — not merely inside the repository;
 * - symlinks below `files/` are content, installed as links and never followed, so they may point
 *   anywhere (DESIGN §2);
 * - only files, directories and symlinks; no file above the size limit.
 * Reading `requires` through an unchecked link could show a local file's lines in an error message.
 */
import { lstatSync, readdirSync, readlinkSync, realpathSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { InputError } from '../model/errors';
import { formatSize } from './limits';
import type { Usage } from './tree-usage';

/** `unit` is repo-relative; errors name repo-relative paths (fetch-repo maps them to the server). */
export function checkFetchedUnit(stageRoot: string, unit: string, maxFile: number): Usage {
  const unitDir = join(stageRoot, unit);
  const realUnit = realpathSync(unitDir);
  const linksAreContent = unit.startsWith('modules/') ? `${unit}/files/` : undefined;
  const usage: Usage = { bytes: 0, entries: 0 };

  const walk = (rel: string): void => {
    for (const name of readdirSync(join(stageRoot, rel)).sort()) {
      const childRel = `${rel}/${name}`;
      const path = join(stageRoot, childRel);
      const stats = lstatSync(path);
      usage.entries++;
      if (stats.isDirectory()) {
        walk(childRel);
      } else if (stats.isFile()) {
        if (stats.size > maxFile) throw new InputError(`file of ${formatSize(stats.size)} is over the ${formatSize(maxFile)} limit (--max-file)`, childRel);
        usage.bytes += stats.size;
      } else if (stats.isSymbolicLink()) {
        if (!linksAreContent || !childRel.startsWith(linksAreContent)) checkLink(path, childRel, realUnit, unit);
      } else {
        throw new InputError('unsupported file type (only files, directories and symlinks)', childRel);
      }
    }
  };
  walk(unit);
  return usage;
}

/** Judged by where the link points first, then by where the whole chain of links ends. */
function checkLink(path: string, rel: string, realUnit: string, unit: string): void {
  const target = readlinkSync(path);
  const inside = (real: string): boolean => real === realUnit || real.startsWith(realUnit + sep);
  const outside = new InputError(`symlink leads outside ${unit} (-> ${target})`, rel);
  if (!inside(resolve(realpathSync(dirname(path)), target))) throw outside;
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    throw new InputError(`broken symlink (-> ${target})`, rel);
  }
  if (!inside(real)) throw outside;
}
