/**
 * drift: a noop dance of every node (or `nodes`) against its current target; whatever it would
 * change is drift. Drifted nodes are named first; `fail-on: changes` turns drift into a failure.
 */
import { makeShards } from '../affected/shards';
import { runJobs } from '../drivers/run-jobs';
import { readRepo } from '../plan/read-repo';
import { plural } from '../reporters/text';
import { Label } from './constants';
import { emptyResult, makeJob, reportsOf, type ModeRunner } from './mode';
import { selectNodes } from './nodes';
import { changeCount } from './results';

export interface DriftPlan {
  nodes: string[];
}

export const driftMode: ModeRunner<DriftPlan> = {
  async prepare(settings) {
    return { nodes: selectNodes(readRepo(settings.repo), settings.nodes) };
  },

  async run(session, { nodes }) {
    const { settings, progress } = session;
    if (settings.shards) return { ...emptyResult([`Planned ${plural(nodes.length, 'node')} in at most ${plural(settings.shards, 'shard')}.`]), matrix: { include: makeShards(nodes, settings.shards) } };
    if (nodes.length === 0) return emptyResult(['The repository has no node to check.']);
    const jobs = nodes.map((node) => makeJob(session, node, Label.Drift, settings.repo, 'noop'));
    const outcomes = await runJobs({ driver: session.makeDriver(), state: session.driverState(), jobs, progress, save: () => session.save() });
    const reports = reportsOf(outcomes, Label.Drift);
    // Drifted nodes lead (the summary keeps this order after its failed nodes).
    const drifted = reports.filter((r) => changeCount(r) > 0);
    const shown = [...drifted, ...reports.filter((r) => changeCount(r) === 0)];
    return { shown, observed: shown, counted: shown, gates: [], preface: [driftLine(drifted.map((r) => [r.node, changeCount(r)]), reports.length)], annotate: true };
  },
};

export function driftLine(drifted: Array<[string, number]>, total: number): string {
  if (drifted.length === 0) return `**No drift**: none of ${plural(total, 'node')} would change.`;
  const list = drifted.map(([node, changes]) => `\`${node}\` (${plural(changes, 'change')})`).join(', ');
  return `**Drift on ${drifted.length} of ${plural(total, 'node')}**: ${list}.`;
}
