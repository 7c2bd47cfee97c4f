/**
 * release: apply on a fresh target, then a second noop dance on it that must report no change
 * (idempotence), then the `budget` gate against a previous release's reports (`base-reports`, a
 * directory — e.g. the artifact of the last release run, downloaded by an earlier step).
 */
import { existsSync, statSync } from 'node:fs';
import { makeShards } from '../affected/shards';
import type { DanceJob } from '../drivers/driver';
import { withMachines } from '../drivers/run-jobs';
import type { DanceReport } from '../model/dance-report';
import { InputError } from '../model/errors';
import { readRepo } from '../plan/read-repo';
import { isReportFailed } from '../reporters/report-facts';
import { plural } from '../reporters/text';
import { listFiles } from './artifacts';
import { checkBudget, needsBase } from './budget';
import { Inputs, Label } from './constants';
import { idempotenceFindings } from './idempotence';
import { emptyResult, makeJob, reportsOf, type ModeRunner } from './mode';
import { selectNodes } from './nodes';
import { readReport } from '../report/read-report';

export interface ReleasePlan {
  nodes: string[];
  /** The base run's apply reports (the budget's base). */
  base: DanceReport[];
}

export const releaseMode: ModeRunner<ReleasePlan> = {
  async prepare(settings) {
    const nodes = selectNodes(readRepo(settings.repo), settings.nodes);
    return { nodes, base: settings.baseReports ? readBaseReports(settings.baseReports) : [] };
  },

  async run(session, { nodes, base }) {
    const { settings, progress } = session;
    if (settings.shards) return { ...emptyResult([`Planned ${plural(nodes.length, 'node')} in at most ${plural(settings.shards, 'shard')}.`]), matrix: { include: makeShards(nodes, settings.shards) } };
    if (nodes.length === 0) return emptyResult(['The repository has no node to release.']);
    const applyJobs = nodes.map((node) => makeJob(session, node, Label.Apply, settings.repo, 'apply'));
    const verifyJob = (node: string): DanceJob => makeJob(session, node, Label.Verify, settings.repo, 'noop');
    const life = { driver: session.makeDriver(), state: session.driverState(), jobs: [...applyJobs, ...nodes.map(verifyJob)], progress, save: () => session.save() };
    const { applied, verified } = await withMachines(life, async (dance) => {
      const applied = reportsOf(await dance(applyJobs), Label.Apply);
      // Idempotence means something only where the apply went through.
      const passed = applied.filter((r) => !isReportFailed(r)).map((r) => r.node);
      const verified = passed.length ? reportsOf(await dance(passed.map(verifyJob)), Label.Verify) : [];
      return { applied, verified };
    });

    const preface: string[] = [];
    const idempotence = idempotenceFindings(verified);
    const skipped = applied.filter(isReportFailed).map((r) => r.node);
    preface.push(idempotence.length
      ? `**Not idempotent**: the noop dance after the apply still changes ${plural(idempotence.length, 'path')}:\n${idempotence.map((line) => `- ${line}`).join('\n')}`
      : `**Idempotent**: ${plural(verified.length, 'node')} changed nothing on the second dance.${skipped.length ? ` Not checked (apply failed): ${skipped.join(', ')}.` : ''}`);
    const budget = settings.budget.length ? checkBudget(settings.budget, applied, base) : { breaches: [], skipped: [] };
    if (settings.budget.length) {
      if (needsBase(settings.budget) && !settings.baseReports) preface.push(`Budget: no \`${Inputs.BaseReports}\` given, so rules relative to a base were not checked.`);
      preface.push(budget.breaches.length
        ? `**Over budget**:\n${budget.breaches.map((line) => `- ${line}`).join('\n')}`
        : `**Within budget** (${settings.budget.map((r) => `\`${r.text}\``).join(', ')}).`);
      if (budget.skipped.length && settings.baseReports) preface.push(`Budget not checked: ${budget.skipped.join('; ')}.`);
    }
    return {
      shown: [...applied, ...verified],
      observed: verified,
      counted: applied,
      gates: [...idempotence, ...budget.breaches.map((line) => `budget: ${line}`)],
      preface,
      annotate: true,
    };
  },
};

/** Every DanceReport of an apply under the directory (any depth); an unreadable one is bad input. */
function readBaseReports(dir: string): DanceReport[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(`Input '${Inputs.BaseReports}' is '${dir}': no such directory`);
  return listFiles(dir)
    .filter((file) => file.endsWith('.json'))
    .map(readReport)
    .filter((report) => report.mode === 'apply');
}
