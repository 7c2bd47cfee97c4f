/**
 * Base and head side by side as real git worktrees of the checkout (detached, at exact commits),
 * through the one git funnel. Post removes them and prunes, from the saved list alone.
 */
import { existsSync } from 'node:fs';
import { gitBytes, gitText } from '../affected/git';
import type { Worktree } from './state';

export interface GitCheckout {
  /** The repository's top level. */
  top: string;
  /** The module repository's path below it, '' or ending in '/'. */
  prefix: string;
}

/** Where the module repository sits in its git repository; undefined outside one. */
export async function locateCheckout(repo: string): Promise<GitCheckout | undefined> {
  const top = await gitBytes(repo, ['rev-parse', '--show-toplevel']).catch(() => undefined);
  const prefix = await gitBytes(repo, ['rev-parse', '--show-prefix']).catch(() => undefined);
  if (!top?.ok || !prefix?.ok) return undefined;
  return { top: top.stdout.toString('utf8').trim(), prefix: prefix.stdout.toString('utf8').trim() };
}

/** `git worktree add --detach` of `commit` at `worktree.path`. */
export async function addWorktree(worktree: Worktree, commit: string): Promise<void> {
  await gitText(worktree.git, ['worktree', 'add', '--detach', '--force', '--quiet', worktree.path, commit], worktree.git);
}

/** Removes the worktree if it is still there, then prunes what git remembers of it. Idempotent. */
export async function removeWorktree(worktree: Worktree): Promise<void> {
  if (existsSync(worktree.path)) await gitBytes(worktree.git, ['worktree', 'remove', '--force', '--force', worktree.path]);
  await gitText(worktree.git, ['worktree', 'prune'], worktree.git);
}
