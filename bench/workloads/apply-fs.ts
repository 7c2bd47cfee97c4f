/**
 * The filesystem apply is measured on: a journaled ext4 (mkfs.ext4's defaults, as on a
 * distribution's host or a CI runner) in a sparse image under CACHE, loop-mounted while the apply
 * rows run, holding a copy of the small root and disco's state directory (the journal is written
 * there, and the merge goes from it to the root: one filesystem, as on a host).
 *
 * Why not the cache's own filesystem: it is whatever the machine has, and some VM images format
 * their disk as ext4 without a journal. There, every new inode skips the inodes freed in the last
 * seconds (`recently_deleted` in ext4's ialloc.c, only without a journal), so a merge that replaces
 * thousands of files, or a journal written just after an earlier one was removed, costs 4–7x what
 * it costs on a journaled ext4 (measured: journal 2.5–5.9 s and merge 2.1–4.1 s there, 0.56 s and
 * 0.61 s here, same churn). That is the disk's figure, not disco's.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE, log, STATE, WORK } from '../lib/env';

const IMAGE = join(CACHE, 'apply-fs.img');
const MOUNT = join(CACHE, 'apply-fs');
const SIZE = '4G';

export interface ApplyFs {
  /** Where the rows ran, as their figures say it. */
  note: string;
  /** The small root, copied onto the image once (hard-link copies of it are cheap there). */
  root: string;
  /** disco's state directory for the apply dances. */
  state: string;
  /** Scratch space on the same filesystem, for the roots the dances apply to. */
  work: string;
}

const mounted = (): boolean => readFileSync('/proc/self/mounts', 'utf8').split('\n').some((line) => line.split(' ')[1] === MOUNT);

/**
 * Mounts the image (making it the first time) with a copy of `smallRoot`, runs `use`, unmounts.
 * Where no loop device can be had (a container), the rows run on the cache's own filesystem and
 * say so.
 */
export async function withApplyFs<T>(smallRoot: string, use: (fs: ApplyFs) => Promise<T>): Promise<T> {
  try {
    mountImage();
  } catch (error) {
    log(`no journaled ext4 image for the apply rows (${String(error).split('\n')[0]}): they run on ${CACHE}'s filesystem`);
    return use({ note: 'the cache\'s filesystem', root: smallRoot, state: STATE, work: WORK });
  }
  try {
    const root = join(MOUNT, 'small');
    const marker = join(MOUNT, 'small.source');
    if (!existsSync(marker) || readFileSync(marker, 'utf8') !== smallRoot) {
      log('copying the small root onto the apply filesystem (once)');
      rmSync(root, { recursive: true, force: true });
      execFileSync('cp', ['-a', smallRoot, root]);
      writeFileSync(marker, smallRoot);
    }
    const fs = { note: 'journaled ext4', root, state: join(MOUNT, 'state'), work: join(MOUNT, 'work') };
    mkdirSync(fs.state, { recursive: true });
    mkdirSync(fs.work, { recursive: true });
    return await use(fs);
  } finally {
    execFileSync('umount', [MOUNT]);
  }
}

function mountImage(): void {
  if (!existsSync(IMAGE)) {
    log(`making the apply filesystem: a ${SIZE} sparse image, journaled ext4 (once)`);
    mkdirSync(CACHE, { recursive: true });
    execFileSync('truncate', ['-s', SIZE, `${IMAGE}.tmp`]);
    execFileSync('mkfs.ext4', ['-q', '-F', `${IMAGE}.tmp`], { stdio: ['ignore', 'ignore', 'pipe'] });
    execFileSync('mv', [`${IMAGE}.tmp`, IMAGE]);
  }
  mkdirSync(MOUNT, { recursive: true });
  // A run killed mid-row left it mounted: use it as it is.
  if (!mounted()) execFileSync('mount', ['-o', 'loop', IMAGE, MOUNT], { stdio: ['ignore', 'ignore', 'pipe'] });
}
