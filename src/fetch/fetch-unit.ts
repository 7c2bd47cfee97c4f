/**
 * One unit of a fetch — a node's parameters or one module — from the server into the staging copy,
 * measured as a step of the report (`_internal: fetch_params`, `fetch <module>`), and checked
 * (confine.ts, size limits) before anything reads it.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { measure } from '../engine/metrics';
import { InputError } from '../model/errors';
import type { Step } from '../model/dance-report';
import { checkFetchedUnit } from './confine';
import { failureError, onServer, type FetchTarget } from './fetch-errors';
import { formatSize, type FetchLimits } from './limits';
import type { RsyncCommand } from './rsync-command';
import { serverLocation, type Server } from './server-uri';
import { transfer } from './transfer';
import { addUsage, treeUsage, type Usage } from './tree-usage';

export interface UnitContext {
  server: Server;
  rsync: RsyncCommand;
  rsyncCulprit: string;
  limits: FetchLimits;
  /** The staging copy's root, and the previous copy's (for `--link-dest`). */
  stage: string;
  previous?: string;
  /** What the units fetched so far hold; grows with each unit. */
  used: Usage;
}

/** `unit` is repo-relative (`parameters/web1`, `modules/web`); returns the report step. */
export async function fetchUnit(context: UnitContext, stepName: string, unit: string, target: FetchTarget): Promise<Step> {
  const { server, limits } = context;
  const local = join(context.stage, unit);
  mkdirSync(dirname(local), { recursive: true });
  const previous = context.previous && join(context.previous, unit);
  const { value: result, metrics } = await measure(() =>
    transfer({
      rsync: context.rsync,
      rsyncCulprit: context.rsyncCulprit,
      source: target.source,
      target: local,
      maxFile: limits.maxFile,
      linkDest: previous && existsSync(previous) ? previous : undefined,
      watch: () => overLimit(addUsage(context.used, treeUsage(local)), limits),
    }),
  );
  if (!result.ok) throw 'stopped' in result ? new InputError(result.stopped, target.source) : failureError(server, target, result.failure);
  if (result.oversize.length) {
    throw new InputError(`file is over the ${formatSize(limits.maxFile)} limit (--max-file)`, serverLocation(server, `${unit}/${result.oversize[0]}`));
  }
  const usage = onServer(server, () => checkFetchedUnit(context.stage, unit, limits.maxFile));
  context.used = addUsage(context.used, usage);
  const over = overLimit(context.used, limits);
  if (over) throw new InputError(over, target.source);
  return {
    kind: 'internal',
    name: stepName,
    source: unit,
    exitCode: 0,
    output: '',
    metrics: { ...metrics, fetch_bytes: usage.bytes, fetch_entries: usage.entries },
  };
}

function overLimit(used: Usage, limits: FetchLimits): string | undefined {
  if (used.bytes > limits.maxTotal) return `the fetch is over the ${formatSize(limits.maxTotal)} total size limit (--max-total)`;
  if (used.entries > limits.maxEntries) return `the fetch is over the limit of ${limits.maxEntries} files and directories`;
  return undefined;
}
