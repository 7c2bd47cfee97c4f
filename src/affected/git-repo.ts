/** Locating the module repository inside its git repository, and naming commits. */
import { InputError } from '../model/errors';
import { gitBytes } from './git';

export interface GitLocation {
  /** The module repository directory (as given). */
  dir: string;
  /** Its path below the git top level, without a trailing slash ('' at the top). */
  prefix: string;
}

export async function locateRepo(dir: string): Promise<GitLocation> {
  const output = await gitBytes(dir, ['rev-parse', '--show-prefix']).catch(() => undefined);
  if (!output?.ok) throw new InputError('not inside a git repository', dir);
  return { dir, prefix: output.stdout.toString('utf8').trim().replace(/\/$/, '') };
}

/** The full commit id `ref` names; one line naming the ref when it names none. */
export async function resolveCommit(location: GitLocation, ref: string): Promise<string> {
  const output = await gitBytes(location.dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  const commit = output.stdout.toString('utf8').trim();
  if (!output.ok || !commit) throw new InputError(`unknown git ref '${ref}'`, location.dir);
  return commit;
}
