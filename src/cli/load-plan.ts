import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { makePlan } from '../plan/make-plan';
import { readRepo } from '../plan/read-repo';
import type { Plan } from '../plan/types';

/** The plan of a node from `--repo`, or an empty one when no repo is given (a bare shell). */
export function loadPlan(repo: string | undefined, node: string): { repoRoot: string; plan: Plan } {
  if (repo === undefined) {
    const empty = resolve('/var/empty');
    return { repoRoot: existsSync(empty) ? empty : '/', plan: { node, order: [], modules: [], parameters: [] } };
  }
  const repoRoot = resolve(repo);
  return { repoRoot, plan: makePlan(readRepo(repoRoot), node) };
}
