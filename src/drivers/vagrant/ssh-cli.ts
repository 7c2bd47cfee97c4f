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

/** Runs `words` (quoted for the remote shell) on the machine; the exit code is returned. */
export function trySsh(target: SshTarget, words: string[], scope?: ProcessScope, onLine?: (line: string) => void): Promise<ToolResult> {
  const args = [...sshOptions(target), '-p', String(target.port), remote(target), '--', shellJoin(words)];
  return runTool('ssh', args, { scope, onLine });
}

export async function ssh(target: SshTarget, words: string[], scope?: ProcessScope): Promise<ToolResult> {
  const result = await trySsh(target, words, scope);
  if (result.exitCode !== 0) throw new CommandFailed('ssh', [target.machine, ...words], result.exitCode, result.stderr || result.stdout);
  return result;
}

/** Copies local files into a remote directory (`toRemote`) or a remote path to a local one. */
export async function scp(
  target: SshTarget,
  direction: 'up' | 'down',
  sources: string[],
  destination: string,
  scope?: ProcessScope,
): Promise<ToolResult> {
  const from = direction === 'up' ? sources : sources.map((source) => `${remote(target)}:${source}`);
  const to = direction === 'up' ? `${remote(target)}:${destination}` : destination;
  const args = [...sshOptions(target), '-P', String(target.port), '-q', '-p', '-r', ...from, to];
  const result = await runTool('scp', args, { scope });
  if (result.exitCode !== 0) throw new CommandFailed('scp', [target.machine, direction, ...sources], result.exitCode, result.stderr);
  return result;
}
