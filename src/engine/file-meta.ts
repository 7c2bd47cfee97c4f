import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync, type Stats } from 'node:fs';
import type { EntryType, Meta } from '../model/dance-report';
import type { Accounts } from './accounts';

export const entryType = (st: Stats): EntryType =>
  st.isFile() ? 'file' : st.isDirectory() ? 'directory' : st.isSymbolicLink() ? 'symlink' : 'other';

export const octal = (mode: number): string => (mode & 0o7777).toString(8).padStart(4, '0');

/** lstat that answers undefined for a missing path (or one that runs through a non-directory). */
export function lstatOrUndefined(path: string): Stats | undefined {
  try {
    // A missing path is common (every file a dance creates): answered without building an error.
    return lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** Reads a regular file without following a symlink at its last component. */
export function readNoFollow(path: string, limit = Infinity): Buffer {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const size = Math.min(fstatSync(fd).size, limit);
    const buf = Buffer.alloc(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, buf, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    return off < size ? buf.subarray(0, off) : buf;
  } finally {
    closeSync(fd);
  }
}

export const md5 = (content: Buffer): string => createHash('md5').update(content).digest('hex');

/** The DanceReport's Meta for a path; `content` is the file's bytes when already read. */
export function makeMeta(path: string, st: Stats, accounts: Accounts, content?: Buffer, selinux?: string): Meta {
  const meta: Meta = {
    mode: octal(st.mode),
    uid: st.uid,
    gid: st.gid,
    owner: accounts.user(st.uid),
    group: accounts.group(st.gid),
    size: st.size,
  };
  if (st.isFile() && content) meta.md5 = md5(content);
  if (st.isSymbolicLink()) meta.target = readlinkSync(path);
  if (selinux) meta.selinux = selinux;
  return meta;
}
