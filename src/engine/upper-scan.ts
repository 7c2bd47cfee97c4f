/** One entry of the overlay's upper layer, as the sandbox helper lists it. */
export interface UpperEntry {
  /** Root-relative path, no leading slash. */
  path: string;
  type: 'f' | 'd' | 'l' | 'c' | 'b' | 'p' | 's';
  mode: number;
  uid: number;
  gid: number;
  size: number;
  rdev: string;
  nlink: number;
  ino: number;
  /** ctime as "sec.nsec": changes whenever content or metadata does. */
  ctime: string;
  opaque: boolean;
  link: string;
  selinux: string;
}

export const isWhiteout = (e: UpperEntry): boolean => e.type === 'c' && e.rdev === '0:0';

/** A name the upper layer can hold: root-relative segments, none empty, `.` or `..`. */
const isPlainPath = (path: string | undefined): boolean =>
  !!path && path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');

/**
 * Parses the helper's `F` records (fields after the tag). A path that could climb out of the upper
 * layer (`..`, a leading or doubled `/`) is no entry the scan makes: it is dropped, never read.
 */
export function parseScan(records: string[][]): UpperEntry[] {
  return records.filter((f) => isPlainPath(f[0])).map((f) => ({
    path: f[0],
    type: f[1] as UpperEntry['type'],
    mode: parseInt(f[2], 8),
    uid: Number(f[3]),
    gid: Number(f[4]),
    size: Number(f[5]),
    rdev: f[6],
    nlink: Number(f[7]),
    ino: Number(f[8]),
    ctime: f[9],
    opaque: f[10] === '1',
    link: f[11] ?? '',
    selinux: f[12] ?? '',
  }));
}

/**
 * A signature that changes whenever the entry does: what a module changed since the last scan.
 * Whiteouts are all hard links of one inode (overlayfs makes one and links it), so each new
 * deletion changes every earlier whiteout's ctime: a whiteout is the same whiteout until its path
 * holds something else.
 */
export const signature = (e: UpperEntry): string => (isWhiteout(e) ? 'whiteout' : `${e.type}:${e.ino}:${e.ctime}:${e.size}:${e.rdev}`);
