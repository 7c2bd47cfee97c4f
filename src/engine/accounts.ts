import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { readNoFollow } from './file-meta';

/** uid → user name and gid → group name, from a root's own /etc/passwd and /etc/group. */
export interface Accounts {
  user(uid: number): string;
  group(gid: number): string;
}

/**
 * Reads root/etc/<file> only when etc is a real directory and the file a regular file: in the
 * scratch, a step may have made either a symlink, which must not point disco's read at a host file.
 */
function readIds(root: string, file: string): Map<number, string> {
  const ids = new Map<number, string>();
  let text = '';
  try {
    if (!lstatSync(join(root, 'etc')).isDirectory() || !lstatSync(join(root, 'etc', file)).isFile()) return ids;
    text = readNoFollow(join(root, 'etc', file), 16 * 1024 * 1024).toString('utf8');
  } catch {
    return ids;
  }
  for (const line of text.split('\n')) {
    const [name, , id] = line.split(':');
    if (name && id && !ids.has(Number(id))) ids.set(Number(id), name);
  }
  return ids;
}

/** Reads the account files under `root` (a host path, or a readable view of the sandbox). */
export function readAccounts(root: string, fallback?: Accounts): Accounts {
  const users = readIds(root, 'passwd');
  const groups = readIds(root, 'group');
  return {
    user: (uid) => users.get(uid) ?? fallback?.user(uid) ?? String(uid),
    group: (gid) => groups.get(gid) ?? fallback?.group(gid) ?? String(gid),
  };
}
