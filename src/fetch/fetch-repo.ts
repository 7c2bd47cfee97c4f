/**
 * `disco fetch`: a node's parameters first, then exactly the modules of its dance — the modules
 * the node lists, then every module a fetched `requires` names, fetched as the closure grows, in
 * the order makePlan's closure visits them. The result is a module repository (DESIGN §2) that
 * `disco dance --repo DEST` reads; it replaces the previous copy only once the repository reader
 * and the planner accept all of it (staging.ts).
 */
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../model/errors';
import type { Step } from '../model/dance-report';
import { compareNames } from '../plan/compare';
import { makePlan } from '../plan/make-plan';
import { checkEntityName } from '../plan/param-names';
import { readModule } from '../plan/read-module';
import { readNode } from '../plan/read-node';
import { readRepo } from '../plan/read-repo';
import { openRepoRoot } from '../plan/repo-fs';
import { onServer } from './fetch-errors';
import type { FetchSettings } from './fetch-settings';
import { fetchUnit, type UnitContext } from './fetch-unit';
import type { FetchLimits } from './limits';
import { PARAMETERS_MODULE, rsyncSource } from './server-uri';
import { commitStaging, discardStaging, openStaging } from './staging';

export interface FetchOptions extends FetchSettings {
  node: string;
  /** Absolute path of the local copy (a symlink disco manages; see staging.ts). */
  dest: string;
  limits: FetchLimits;
}

export interface FetchResult {
  node: string;
  dest: string;
  /** The modules fetched, in fetch order. */
  modules: string[];
  /** `fetch_params`, then `fetch <module>` per module: kind `internal`, with metrics. */
  steps: Step[];
  bytes: number;
}

/** Written at the root of each copy: where it came from, for a person looking at the cache. */
export const FETCH_INFO_FILE = '.disco-fetch.json';

export async function fetchRepo(options: FetchOptions): Promise<FetchResult> {
  const { server, node } = options;
  checkEntityName('node', node, '--node');
  if (server.kind === 'local' && !statSync(server.dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new InputError('server directory not found', server.uri);
  }
  const staging = openStaging(options.dest);
  try {
    const context: UnitContext = { ...options, stage: staging.dir, previous: staging.previous, used: { bytes: 0, entries: 0 } };
    const { steps, modules } = await fetchClosure(context, node);
    onServer(server, () => makePlan(readRepo(staging.dir), node));
    const info = { server: server.uri, node, modules, fetchedAt: new Date().toISOString() };
    writeFileSync(join(staging.dir, FETCH_INFO_FILE), JSON.stringify(info, null, 2) + '\n');
    commitStaging(staging, options.dest);
    return { node, dest: options.dest, modules, steps, bytes: context.used.bytes };
  } catch (error) {
    discardStaging(staging);
    throw error;
  }
}

async function fetchClosure(context: UnitContext, node: string): Promise<{ steps: Step[]; modules: string[] }> {
  const { server } = context;
  const paramsUnit = `parameters/${node}`;
  const steps = [
    await fetchUnit(context, 'fetch_params', paramsUnit, { kind: 'parameters', node, source: rsyncSource(server, PARAMETERS_MODULE, `${node}/`) }),
  ];
  const repo = openRepoRoot(context.stage);
  const wantedBy = new Map<string, { file: string; line?: number }>();
  const queue: string[] = [];
  const want = (module: string, file: string, line?: number): void => {
    if (wantedBy.has(module)) return;
    wantedBy.set(module, { file, line });
    queue.push(module);
  };
  const nodeDef = onServer(server, () => readNode(repo, node));
  for (const module of [...nodeDef.modules].sort(compareNames)) want(module, `${paramsUnit}/modules/${module}`);
  while (queue.length) {
    const module = queue.shift()!;
    const target = { kind: 'module' as const, module, source: rsyncSource(server, module), wantedBy: wantedBy.get(module)! };
    steps.push(await fetchUnit(context, `fetch ${module}`, `modules/${module}`, target));
    for (const requirement of onServer(server, () => readModule(repo, module)).requires) {
      want(requirement.module, requirement.file, requirement.line);
    }
  }
  return { steps, modules: [...wantedBy.keys()] };
}
