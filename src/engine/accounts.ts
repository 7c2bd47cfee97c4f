import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** uid → user name and gid → group name, from a root's own /etc/passwd and /etc/group. */
export interface Accounts {
  user(uid: number): string;
  group(gid: number): string;
}

function readIds(path: string): Map<number, string> {
  const ids = new Map<number, string>();
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
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
  const users = readIds(join(root, 'etc/passwd'));
  const groups = readIds(join(root, 'etc/group'));
  return {
    user: (uid) => users.get(uid) ?? fallback?.user(uid) ?? String(uid),
    group: (gid) => groups.get(gid) ?? fallback?.group(gid) ?? String(gid),
  };
}
