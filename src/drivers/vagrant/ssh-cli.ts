/**
 * The funnels for `ssh` and `scp` (one each), built from a parsed SshTarget: batch mode, no host
 * key bookkeeping (every VM is new and disposable), the box's key only.
 */
import { CommandFailed } from './errors';
import type { ProcessScope } from './process-scope';
import type { SshTarget } from './ssh-config';
import { shellJoin } from './shell-quote';
import { runTool, type ToolResult } from './tool-process';

const COMMON_OPTIONS = [
  'BatchMode=yes',
  'StrictHostKeyChecking=no',
  'UserKnownHostsFile=/dev/null',
  'LogLevel=ERROR',
  'IdentitiesOnly=yes',
  'ConnectTimeout=30',
  'ServerAliveInterval=15',
  'ServerAliveCountMax=4',
];

function sshOptions(target: SshTarget): string[] {
  const options = COMMON_OPTIONS.flatMap((option) => ['-o', option]);
  for (const key of target.identityFiles) options.push('-i', key);
  return options;
}

const remote = (target: SshTarget): string => `${target.user}@${target.host}`;

/** One machine's connection, and where our ssh processes run (so destroy can find them by cwd). */
export interface SshContext {
  target: SshTarget;
  cwd: string;
  scope?: ProcessScope;
}

/** Runs `words` (quoted for the remote shell) on the machine; the exit code is returned. */
export function trySsh({ target, cwd, scope }: SshContext, words: string[]): Promise<ToolResult> {
  const args = [...sshOptions(target), '-p', String(target.port), remote(target), '--', shellJoin(words)];
  return runTool('ssh', args, { scope, cwd });
}

export async function ssh(context: SshContext, words: string[]): Promise<ToolResult> {
  const { target } = context;
  const result = await trySsh(context, words);
  if (result.exitCode !== 0) throw new CommandFailed('ssh', [target.machine, ...words], result.exitCode, result.stderr || result.stdout);
  return result;
}

/** Copies local files into a remote directory (`up`) or remote paths into a local one (`down`). */
export async function scp(
  { target, cwd, scope }: SshContext,
  direction: 'up' | 'down',
  sources: string[],
  destination: string,
): Promise<ToolResult> {
  const from = direction === 'up' ? sources : sources.map((source) => `${remote(target)}:${source}`);
  const to = direction === 'up' ? `${remote(target)}:${destination}` : destination;
  const args = [...sshOptions(target), '-P', String(target.port), '-q', '-p', '-r', ...from, to];
  const result = await runTool('scp', args, { scope, cwd });
  if (result.exitCode !== 0) throw new CommandFailed('scp', [target.machine, direction, ...sources], result.exitCode, result.stderr);
  return result;
}
