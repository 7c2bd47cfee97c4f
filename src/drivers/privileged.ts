/**
 * The one funnel for commands that need root: dances (namespaces, overlay mounts), root copies,
 * their removal, debootstrap. As root they run as they are; otherwise through `sudo -n` (hosted
 * runners allow it without a password), which fails at once instead of prompting.
 */
import { execa } from 'execa';
import { InputError } from '../model/errors';

export const isRoot = (): boolean => process.getuid?.() === 0;

/** The argument vector that runs `argv` as root with exactly `env` added (sudo resets the rest). */
export function rootArgv(argv: string[], env: Record<string, string> = {}): string[] {
  const assignments = Object.entries(env).map(([key, value]) => `${key}=${value}`);
  if (isRoot()) return assignments.length ? ['env', ...assignments, ...argv] : argv;
  return ['sudo', '-n', 'env', ...assignments, ...argv];
}

export interface PrivilegedResult {
  exitCode: number;
  /** First line of stderr (or why the command could not start). */
  error: string;
}

/** Runs a command as root; never throws for a non-zero exit, callers decide what it means. */
export async function runAsRoot(argv: string[], env: Record<string, string> = {}): Promise<PrivilegedResult> {
  const [file, ...args] = rootArgv(argv, env);
  const result = await execa(file!, args, { reject: false, stdin: 'ignore', stdout: 'ignore', env: { LC_ALL: 'C' } });
  const stderr = String(result.stderr ?? '').trim();
  const error = stderr.split('\n')[0] || (result.exitCode === undefined ? (result.shortMessage ?? '') : '');
  return { exitCode: result.exitCode ?? 127, error };
}

/** Like runAsRoot, but a failure is an InputError naming what was being done. */
export async function mustRunAsRoot(what: string, argv: string[], env: Record<string, string> = {}): Promise<void> {
  const result = await runAsRoot(argv, env);
  if (result.exitCode !== 0) throw new InputError(`${what} failed: ${result.error || `exit ${result.exitCode}`}`);
}

/** Fails early, with one line, when commands cannot run as root here (not root, no passwordless sudo). */
export async function checkPrivilege(driver: string): Promise<void> {
  if (isRoot()) return;
  const sudo = await execa('sudo', ['-n', 'true'], { reject: false, stdin: 'ignore' });
  if (sudo.exitCode !== 0) {
    throw new InputError(`the ${driver} driver runs the engine as root (namespaces, overlay mounts): run the job as root or allow passwordless sudo`, 'driver');
  }
}

/** Removes a tree that root may own; quiet when it is already gone. */
export async function removeAsRoot(path: string): Promise<void> {
  await mustRunAsRoot(`removing ${path}`, ['rm', '-rf', '--one-file-system', '--', path]);
}
