/**
 * The one funnel to git: argument arrays through execa (never a shell string), no prompts, a fixed
 * locale. Callers decide what a non-zero exit means; a missing git binary is bad environment.
 */
import { execa } from 'execa';
import { InputError } from '../model/errors';

export interface GitOutput {
  ok: boolean;
  stdout: Buffer;
  /** First line of stderr, for messages. */
  error: string;
}

export async function gitBytes(cwd: string, args: string[], input?: string): Promise<GitOutput> {
  const result = await execa('git', args, {
    cwd,
    reject: false,
    encoding: 'buffer',
    stripFinalNewline: false,
    env: { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    ...(input !== undefined ? { input } : { stdin: 'ignore' as const }),
  });
  if (result.exitCode === undefined) {
    throw new InputError(`cannot run git: ${(result.shortMessage ?? 'not found').split('\n')[0]}`, cwd);
  }
  const stderr = Buffer.from(result.stderr).toString('utf8').trim();
  return { ok: result.exitCode === 0, stdout: Buffer.from(result.stdout), error: stderr.split('\n')[0] ?? '' };
}

/** Text output of a git command that must succeed; its first error line otherwise. */
export async function gitText(cwd: string, args: string[], culprit: string): Promise<string> {
  const output = await gitBytes(cwd, args);
  if (!output.ok) throw new InputError(output.error || `git ${args[0]} failed`, culprit);
  return output.stdout.toString('utf8');
}
