/**
 * Checks of the environment a dance (or recover, or a shell) needs, made before anything starts:
 * an unusable state directory, TMPDIR, sandbox helper or --json path is bad input — one line naming
 * it, exit 2 — found while the target is still untouched, not a crash halfway (or after an apply).
 */
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { helperBinary } from '../engine/helper-binary';
import { InputError } from '../model/errors';
import { stateDir } from '../model/paths';

const errno = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? 'error';

/** `dir` exists (created when `create`), is a directory, and this process may create files in it. */
function usableDir(dir: string, culprit: string, create: boolean): void {
  if (create) {
    try {
      mkdirSync(dir, { recursive: true });
    } catch (error) {
      // EEXIST: something that is not a directory is there; said below.
      if (errno(error) !== 'EEXIST') throw new InputError(`${dir} cannot be created (${errno(error)})`, culprit);
    }
  }
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch (error) {
    throw new InputError(`${dir} cannot be used (${errno(error)})`, culprit);
  }
  if (!isDir) throw new InputError(`${dir} is not a directory`, culprit);
  try {
    accessSync(dir, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new InputError(`${dir} is not writable (${errno(error)})`, culprit);
  }
}

/** Where disco keeps locks, journals and shell scratches (DISCO_STATE_DIR, default /var/lib/disco). */
export function checkStateDir(): void {
  usableDir(stateDir(), 'DISCO_STATE_DIR', true);
}

/** The sandbox's share and scratch directories go under TMPDIR. */
export function checkTmpDir(): void {
  const tmp = process.env.TMPDIR;
  if (tmp) usableDir(resolve(tmp), 'TMPDIR', false);
}

/** The native helper every sandbox runs: DISCO_SANDBOX_HELPER, else the one beside the bundle. */
export function checkHelper(): void {
  const helper = helperBinary();
  const culprit = process.env.DISCO_SANDBOX_HELPER ? 'DISCO_SANDBOX_HELPER' : 'sandbox helper';
  try {
    if (!statSync(helper).isFile()) throw Object.assign(new Error(), { code: 'not a file' });
    accessSync(helper, constants.X_OK);
  } catch (error) {
    throw new InputError(`${helper} cannot be run (${errno(error)})`, culprit);
  }
}

/** `--json FILE`: a file this process can write, in a directory that exists or can be made. */
export function checkReportPath(file: string): void {
  const path = resolve(file);
  try {
    if (statSync(path).isDirectory()) throw new InputError(`${path} is a directory`, '--json');
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (errno(error) !== 'ENOENT') throw new InputError(`${path} cannot be written (${errno(error)})`, '--json');
  }
  try {
    usableDir(dirname(path), '--json', true);
  } catch (error) {
    throw new InputError(`${path} cannot be written (${(error as Error).message.replace(/^--json: /, '')})`, '--json');
  }
}
