/**
 * Bytes and entries under a directory that rsync may be writing into right now: entries that
 * vanish mid-walk (rsync renames its temporary files into place) are skipped, not errors.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Usage {
  bytes: number;
  entries: number;
}

export function treeUsage(dir: string): Usage {
  const usage: Usage = { bytes: 0, entries: 0 };
  const walk = (path: string): void => {
    let names: string[];
    try {
      names = readdirSync(path);
    } catch {
      return;
    }
    for (const name of names) {
      try {
        const stats = lstatSync(join(path, name));
        usage.entries++;
        usage.bytes += stats.isFile() ? stats.size : 0;
        if (stats.isDirectory()) walk(join(path, name));
      } catch {
        // gone between readdir and lstat
      }
    }
  };
  walk(dir);
  return usage;
}

export const addUsage = (a: Usage, b: Usage): Usage => ({ bytes: a.bytes + b.bytes, entries: a.entries + b.entries });
