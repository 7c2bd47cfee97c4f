/**
 * report: the last job of a fan-out. Gathers the DanceReports the shard jobs uploaded (artifacts
 * whose names start with `artifact-name`, or a directory given by `reports-from`) and presents
 * them as if one job had danced them all: one JUnit file, one summary, one comment.
 */
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { DanceReport } from '../model/dance-report';
import { InputError } from '../model/errors';
import { readReport } from '../report/read-report';
import { plural } from '../reporters/text';
import { downloadReports, listFiles } from './artifacts';
import { Inputs, Label } from './constants';
import { idempotenceFindings } from './idempotence';
import { emptyResult, type ModeRunner } from './mode';
import { driftLine } from './mode-drift';
import { changeCount } from './results';

const LABELS = new Set<string>(Object.values(Label));

export const reportMode: ModeRunner<void> = {
  async prepare(settings) {
    const dir = settings.reportsFrom;
    if (dir !== undefined && (!existsSync(dir) || !statSync(dir).isDirectory())) {
      throw new InputError(`Input '${Inputs.ReportsFrom}' is '${dir}': no such directory`);
    }
  },

  async run(session) {
    const { settings, progress } = session;
    let source = settings.reportsFrom;
    if (source === undefined) {
      source = join(session.workDir, 'artifacts');
      const prefix = settings.artifactName!;
      const names = await progress.group(`Downloading the shards' reports (artifacts ${prefix}*)`, () => downloadReports(prefix, source!));
      progress.info(`downloaded ${plural(names.length, 'artifact')}: ${names.join(', ') || 'none'}`);
    }
    const byLabel = gather(source, session.reportPath);
    const count = [...byLabel.values()].reduce((sum, list) => sum + list.length, 0);
    if (count === 0) return emptyResult([`No shard reports were found (${settings.reportsFrom ? `under ${settings.reportsFrom}` : `in artifacts starting with '${settings.artifactName}'`}).`]);

    const get = (label: Label): DanceReport[] => byLabel.get(label) ?? [];
    const drift = get(Label.Drift);
    const verify = get(Label.Verify);
    const idempotence = idempotenceFindings(verify);
    const preface = [`Merged ${plural(count, 'report')} from the shards.`];
    if (drift.length) preface.push(driftLine(drift.filter((r) => changeCount(r) > 0).map((r) => [r.node, changeCount(r)]), drift.length));
    if (idempotence.length) preface.push(`**Not idempotent**:\n${idempotence.map((line) => `- ${line}`).join('\n')}`);
    const shown = [...get(Label.Head), ...drift, ...get(Label.Apply), ...verify];
    return {
      shown,
      base: byLabel.has(Label.Base) ? get(Label.Base) : undefined,
      observed: [...get(Label.Head), ...drift, ...verify],
      counted: [...get(Label.Head), ...drift, ...get(Label.Apply)],
      gates: idempotence,
      preface,
      annotate: false,
    };
  },
};

/**
 * Reads `<anything>/<label>/<node>.json` under `dir` and copies each into the reports output.
 * A file that is not a DanceReport is bad input naming it.
 */
function gather(dir: string, target: (label: string, node: string) => string): Map<string, DanceReport[]> {
  const byLabel = new Map<string, DanceReport[]>();
  for (const file of listFiles(dir).filter((f) => f.endsWith('.json'))) {
    const label = basename(dirname(file));
    if (!LABELS.has(label)) continue;
    const report = readReport(file);
    const dest = target(label, report.node);
    mkdirSync(dirname(dest), { recursive: true });
    copyFileSync(file, dest);
    byLabel.set(label, [...(byLabel.get(label) ?? []), report]);
  }
  return byLabel;
}
