import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Step output kept in the report: the tail, where failures explain themselves. */
export const OUTPUT_TAIL = 64 * 1024;

/**
 * Reads what a step printed, from the io directory the sandbox writes into. O_NOFOLLOW: a step
 * could replace its log with a symlink, which must not make disco read a host file.
 */
export function readStepOutput(path: string, tail = OUTPUT_TAIL): string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return '';
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return '';
    const length = Math.min(st.size, tail);
    const buf = Buffer.alloc(length);
    const n = readSync(fd, buf, 0, length, st.size - length);
    const text = buf.subarray(0, n).toString('utf8');
    return st.size > tail ? `(output cut: last ${tail} of ${st.size} bytes)\n${text}` : text;
  } finally {
    closeSync(fd);
  }
}
