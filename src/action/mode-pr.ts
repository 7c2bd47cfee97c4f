/**
 * pr: `disco affected` between the PR's base and head picks the nodes; base and head are checked
 * out side by side as git worktrees; each node dances noop on both; the summary leads with the
 * delta, annotations in the files the change touched come first.
 */
import { findAffected, type AffectedResult } from '../affected/find-affected';
import { gitBytes } from '../affected/git';
import { makeShards } from '../affected/shards';
import { runJobs } from '../drivers/run-jobs';
import { InputError } from '../model/errors';
import { readRepo } from '../plan/read-repo';
import { plural } from '../reporters/text';
import { Inputs, Label } from './constants';
import type { GithubInfo } from './github-context';
import type { ActionSettings } from './inputs';
import { emptyResult, makeJob, reportsOf, type ModeRunner } from './mode';
import { selectNodes } from './nodes';
import { locateCheckout, type GitCheckout } from './worktrees';

export interface PrPlan {
  checkout: GitCheckout;
  baseCommit: string;
  headCommit: string;
  affected: AffectedResult;
  nodes: string[];
}

export const prMode: ModeRunner<PrPlan> = {
  async prepare(settings, github) {
    const checkout = await locateCheckout(settings.repo);
    if (!checkout) throw new InputError(`repo '${settings.repo}' is not inside a git repository: mode 'pr' compares two commits`);
    const head = readRepo(settings.repo);
    const baseRef = baseRefOf(settings, github);
    const baseCommit = await commitOf(settings.repo, baseRef, `${Inputs.BaseRef} '${baseRef}' does not exist in ${checkout.top} (with actions/checkout, fetch it: fetch-depth: 0)`);
    const headCommit = await commitOf(settings.repo, 'HEAD', `the checkout at ${checkout.top} has no HEAD commit`);
    const affected = await findAffected({ repo: settings.repo, base: baseCommit, head: headCommit });
    const nodes = settings.nodes ? selectNodes(head, settings.nodes) : affected.nodes;
    return { checkout, baseCommit, headCommit, affected, nodes };
  },

  async run(session, plan) {
    const { settings, progress } = session;
    const { affected, nodes, checkout } = plan;
    const range = `${plan.baseCommit.slice(0, 12)}..${plan.headCommit.slice(0, 12)}`;
    progress.info(`disco affected ${range}: ${plural(affected.changed.length, 'changed file')}, ${plural(affected.nodes.length, 'node')} affected${affected.nodes.length ? `: ${affected.nodes.join(' ')}` : ''}`);
    if (settings.shards) return { ...emptyResult([`Planned ${plural(nodes.length, 'node')} in at most ${plural(settings.shards, 'shard')} (${range}).`]), matrix: { include: makeShards(nodes, settings.shards) } };
    const notes = affected.removed.length ? [`Removed by this change: ${affected.removed.map((n) => `\`${n}\``).join(', ')}.`] : [];
    if (nodes.length === 0) {
      return emptyResult([`No node's dance can change with this pull request (${plural(affected.changed.length, 'changed file')}, ${range}).`, ...notes]);
    }
    const [baseRepo, headRepo] = await progress.group(`Checking out base and head side by side (${range})`, async () => [
      await session.addWorktree(checkout, Label.Base, plan.baseCommit),
      await session.addWorktree(checkout, Label.Head, plan.headCommit),
    ]);
    const baseNodes = nodesAt(baseRepo);
    const fresh = nodes.filter((node) => !baseNodes.has(node));
    if (fresh.length) notes.push(`New with this change (no base dance): ${fresh.map((n) => `\`${n}\``).join(', ')}.`);
    const jobs = [
      ...nodes.filter((node) => baseNodes.has(node)).map((node) => makeJob(session, node, Label.Base, baseRepo, 'noop')),
      ...nodes.map((node) => makeJob(session, node, Label.Head, headRepo, 'noop')),
    ];
    const outcomes = await runJobs({ driver: session.makeDriver(), state: session.driverState(), jobs, progress, save: () => session.save() });
    const head = reportsOf(outcomes, Label.Head);
    return {
      shown: head,
      base: reportsOf(outcomes, Label.Base),
      observed: head,
      counted: head,
      gates: [],
      preface: notes,
      changedFiles: affected.changed.map((file) => checkout.prefix + file),
      annotate: true,
    };
  },
};

/** The base: the input, else the pull request's base commit, else the base branch as fetched. */
function baseRefOf(settings: ActionSettings, github: GithubInfo): string {
  const ref = settings.baseRef ?? github.pullRequest?.baseSha ?? (process.env.GITHUB_BASE_REF ? `origin/${process.env.GITHUB_BASE_REF}` : undefined);
  if (!ref) throw new InputError(`mode 'pr' needs a base: set ${Inputs.BaseRef}, or run on a pull_request event`);
  return ref;
}

async function commitOf(repo: string, ref: string, missing: string): Promise<string> {
  const output = await gitBytes(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  const commit = output.stdout.toString('utf8').trim();
  if (!output.ok || !commit) throw new InputError(missing);
  return commit;
}

/** The base's nodes; none when the base is no readable repository (every node is then new). */
function nodesAt(repo: string): Set<string> {
  try {
    return new Set(readRepo(repo).nodes.keys());
  } catch (error) {
    if (error instanceof InputError) return new Set();
    throw error;
  }
}
