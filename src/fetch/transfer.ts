/**
 * One rsync run: a directory on the server into a fresh local directory. The user's command comes
 * first; disco's options follow, so they win where rsync lets a later option override an earlier one:
 * - links copied as links, never followed on either side (the refused options are in
 *   rsync-command.ts); no devices or special files; owner and group those of the fetching user,
 *   as in a checkout (a server's uids mean nothing here);
 * - `--max-size` with `--info=skip1`, so a file over the limit is named on stdout rather than
 *   silently left out; `--timeout` (unless the user set one) so a server that stops answering
 *   ends the fetch;
 * - `--link-dest` to the previous copy, so unchanged files are hard-linked, not transferred again.
 * No shell: execa with an argument array; `--` ends the options before the two paths.
 */
import { execa } from 'execa';
import { InputError } from '../model/errors';
import type { RsyncCommand } from './rsync-command';
import { classifyFailure, type Failure } from './rsync-failure';

/** Seconds without any data before rsync gives up (its `--timeout`). */
const IO_TIMEOUT_S = 120;
/** How often the watchdog looks at what has arrived. */
const WATCH_INTERVAL_MS = 250;
const OVER_MAX_SIZE = / is over max-size$/;

export interface TransferRequest {
  rsync: RsyncCommand;
  /** Where the rsync command came from, for "cannot run" errors. */
  rsyncCulprit: string;
  /** rsync's name for the server directory, ending in `/`. */
  source: string;
  /** Local directory to create; its parent exists. */
  target: string;
  maxFile: number;
  /** The previous copy of the same directory, if there is one. */
  linkDest?: string;
  /** Called while rsync runs; a returned message stops the transfer. */
  watch?: () => string | undefined;
}

export type TransferResult =
  | { ok: true; oversize: string[] }
  | { ok: false; failure: Failure }
  | { ok: false; stopped: string };

export async function transfer(request: TransferRequest): Promise<TransferResult> {
  const { rsync, source, target } = request;
  const args = [
    ...rsync.options,
    '--recursive', '--links', '--perms', '--times', '--no-relative',
    '--no-devices', '--no-specials', '--no-owner', '--no-group',
    `--max-size=${request.maxFile}`, '--info=skip1', '--no-motd',
    ...(rsync.options.some((option) => option.startsWith('--timeout')) ? [] : [`--timeout=${IO_TIMEOUT_S}`]),
    // With --link-dest, rsync's size+mtime quick check would link an old file that changed within
    // the same second at the same size: compare content instead (module trees are small).
    ...(request.linkDest ? [`--link-dest=${request.linkDest}`, '--checksum'] : []),
    '--', source, `${target}/`,
  ];
  const child = execa(rsync.program, args, {
    reject: false,
    stdin: 'ignore',
    env: { LC_ALL: 'C' },
    maxBuffer: 16 * 2 ** 20,
  });
  let stopped: string | undefined;
  const timer = request.watch
    ? setInterval(() => {
        stopped ??= request.watch!();
        if (stopped) child.kill('SIGTERM');
      }, WATCH_INTERVAL_MS)
    : undefined;
  const result = await child.finally(() => clearInterval(timer));
  if (stopped) return { ok: false, stopped };
  if (result.code === 'ENOENT' || result.code === 'EACCES') {
    throw new InputError(`cannot run '${rsync.program}' (${result.code === 'ENOENT' ? 'not found' : 'permission denied'}): install rsync or fix the command`, request.rsyncCulprit);
  }
  if (result.exitCode !== 0) return { ok: false, failure: classifyFailure(result.exitCode, String(result.stderr)) };
  const oversize = String(result.stdout)
    .split('\n')
    .filter((line) => OVER_MAX_SIZE.test(line))
    .map((line) => line.replace(OVER_MAX_SIZE, ''));
  return { ok: true, oversize };
}
