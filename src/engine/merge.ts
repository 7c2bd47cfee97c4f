import { execFileSync } from 'node:child_process';
import { helperBinary } from './helper-binary';
import { EXCLUDED_PATHS } from './excluded-paths';

/** The merge failed part-way: the message names the path at fault. */
export class MergeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MergeError';
  }
}

/**
 * Applies the scratch onto the target: whiteouts delete, opaque directories replace, and modes,
 * owners, xattrs, symlinks and hard links come along (the helper chroots into `root`, so no
 * symlink on the target can lead the merge elsewhere).
 */
export function mergeUpper(upper: string, root: string): void {
  try {
    execFileSync(helperBinary(), ['merge', upper, root, ...EXCLUDED_PATHS], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim();
    throw new MergeError(stderr.replace(/^disco-sandbox: /, '') || 'merge failed');
  }
}
