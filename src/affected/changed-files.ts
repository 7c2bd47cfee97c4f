/** Files that differ between two commits, relative to the module repository directory. */
import { gitText } from './git';
import type { GitLocation } from './git-repo';

/** `git diff --name-only` restricted to the repository directory; renames count as delete + add. */
export async function changedFiles(location: GitLocation, base: string, head: string): Promise<string[]> {
  const args = ['diff', '--name-only', '-z', '--no-renames', '--no-ext-diff', '--relative', base, head, '--'];
  const output = await gitText(location.dir, args, location.dir);
  return output.split('\0').filter(Boolean);
}
