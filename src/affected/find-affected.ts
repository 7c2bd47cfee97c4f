/**
 * `disco affected`: the real git diff between two commits, the repository read at both, and the
 * nodes whose dance the change can alter. A head that cannot be planned is an error (the change
 * breaks the repository); a base that cannot be read only makes every node affected.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../model/errors';
import { makePlan } from '../plan/make-plan';
import { readRepo } from '../plan/read-repo';
import type { Plan } from '../plan/types';
import { findAffectedNodes, type Snapshot } from './affected-nodes';
import { changedFiles } from './changed-files';
import { extractSkeleton } from './extract-skeleton';
import { locateRepo, resolveCommit, type GitLocation } from './git-repo';

export interface AffectedRequest {
  repo: string;
  base: string;
  head: string;
}

export interface AffectedResult {
  nodes: string[];
  removed: string[];
  /** Changed files, relative to the repository directory. */
  changed: string[];
  baseCommit: string;
  headCommit: string;
}

export async function findAffected(request: AffectedRequest): Promise<AffectedResult> {
  const location = await locateRepo(request.repo);
  const baseCommit = await resolveCommit(location, request.base);
  const headCommit = await resolveCommit(location, request.head);
  const changed = await changedFiles(location, baseCommit, headCommit);
  const scratch = mkdtempSync(join(tmpdir(), 'disco-affected-'));
  try {
    const head = await snapshotAt(location, headCommit, join(scratch, 'head')).catch(atRef(request.head));
    if (!head) throw new InputError(`repository directory does not exist at ${request.head}`, request.repo);
    const headBroken = [...head.plans.values()].find((plan) => plan instanceof Error);
    if (headBroken) throw atRef(request.head)(headBroken);
    const base = await snapshotAt(location, baseCommit, join(scratch, 'base')).catch(unlessInputError);
    return { ...findAffectedNodes(changed, base, head), changed, baseCommit, headCommit };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Says at which ref the repository is broken: the head of a change is the usual culprit. */
const atRef =
  (ref: string) =>
  (error: unknown): never => {
    if (error instanceof InputError) throw new InputError(`${error.message} (at ${ref})`);
    throw error;
  };

/** A base that cannot be read is no error (the change may be what fixes it). */
const unlessInputError = (error: unknown): undefined => {
  if (error instanceof InputError) return undefined;
  throw error;
};

/** The repository at `commit` with every node's plan (or its error); undefined when absent there. */
async function snapshotAt(location: GitLocation, commit: string, dir: string): Promise<Snapshot | undefined> {
  if (!(await extractSkeleton(location, commit, dir))) return undefined;
  const repo = readRepo(dir);
  const plans = new Map<string, Plan | Error>();
  for (const node of repo.nodes.keys()) {
    try {
      plans.set(node, makePlan(repo, node));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      plans.set(node, error);
    }
  }
  return { repo, plans };
}
