/**
 * Writes the module repository as it is at one commit into a directory, fast: every path and
 * symlink is real, but only `requires` files get their content — values, templates and files are
 * left empty, since which nodes a change affects depends on names, symlinks and requires only.
 * Reads git objects directly (ls-tree + cat-file), so export attributes cannot hide files.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from '../model/errors';
import { gitBytes } from './git';
import type { GitLocation } from './git-repo';

const SYMLINK = '120000';
const SUBMODULE = '160000';

interface TreeItem {
  mode: string;
  oid: string;
  path: string;
}

/** False when the repository directory does not exist at `commit` (nothing is written then). */
export async function extractSkeleton(location: GitLocation, commit: string, dest: string): Promise<boolean> {
  const treeish = `${commit}:${location.prefix}`;
  const listing = await gitBytes(location.dir, ['ls-tree', '-r', '-z', '--full-tree', treeish]);
  if (!listing.ok) return false;
  const items = parseTree(listing.stdout.toString('utf8')).filter((item) => item.mode !== SUBMODULE);
  const wanted = items.filter((item) => item.mode === SYMLINK || item.path.split('/').pop() === 'requires');
  const contents = await readBlobs(location, wanted.map((item) => item.oid));
  for (const item of items) {
    const path = join(dest, item.path);
    mkdirSync(dirname(path), { recursive: true });
    const content = contents.get(item.oid) ?? Buffer.alloc(0);
    if (item.mode === SYMLINK) symlinkSync(content.toString('utf8'), path);
    else writeFileSync(path, content);
  }
  return true;
}

function parseTree(text: string): TreeItem[] {
  return text
    .split('\0')
    .filter(Boolean)
    .map((record) => {
      const tab = record.indexOf('\t');
      const [mode, , oid] = record.slice(0, tab).split(' ');
      return { mode: mode!, oid: oid!, path: record.slice(tab + 1) };
    });
}

/** One `git cat-file --batch` for all objects: `<oid> <type> <size>\n<content>\n` each. */
async function readBlobs(location: GitLocation, oids: string[]): Promise<Map<string, Buffer>> {
  const blobs = new Map<string, Buffer>();
  const unique = [...new Set(oids)];
  if (!unique.length) return blobs;
  const output = await gitBytes(location.dir, ['cat-file', '--batch'], unique.join('\n') + '\n');
  if (!output.ok) throw new InputError(`git cat-file failed: ${output.error}`, location.dir);
  let at = 0;
  const data = output.stdout;
  while (at < data.length) {
    const headerEnd = data.indexOf(0x0a, at);
    const [oid, type, size] = data.subarray(at, headerEnd).toString('utf8').split(' ');
    if (headerEnd < 0 || type === 'missing' || size === undefined) {
      throw new InputError(`git object ${oid ?? '?'} is missing`, location.dir);
    }
    const start = headerEnd + 1;
    const end = start + Number(size);
    blobs.set(oid!, data.subarray(start, end));
    at = end + 1;
  }
  return blobs;
}
