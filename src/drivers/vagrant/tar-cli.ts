/**
 * The funnel for `tar`: module trees travel as archives because scp -r follows symlinks, and a
 * module's files/ may hold symlinks that must arrive as symlinks.
 */
import { CommandFailed } from './errors';
import type { ProcessScope } from './process-scope';
import { runTool } from './tool-process';

/** Archives the contents of `dir` (without its .git) into `archive`. */
export async function archiveTree(dir: string, archive: string, scope?: ProcessScope, cwd?: string): Promise<void> {
  const args = ['-C', dir, '--exclude=./.git', '-cf', archive, '.'];
  const result = await runTool('tar', args, { scope, cwd });
  if (result.exitCode !== 0) throw new CommandFailed('tar', args, result.exitCode, result.stderr);
}
