/**
 * `disco dance --server URI`: fetch the node's repository first (into `--repo DIR` when given, else
 * the default cache), then dance from it; the fetch's steps lead the report's `internal` list.
 */
import { resolve } from 'node:path';
import type { Step } from '../model/dance-report';
import { fetchRepo } from './fetch-repo';
import { defaultFetchDest, fetchSettings } from './fetch-settings';
import { fetchedLine } from './fetched-line';
import { DEFAULT_LIMITS } from './limits';

export interface FetchedForDance {
  /** The repository to dance from. */
  repoRoot: string;
  steps: Step[];
  /** The `info:` line to print. */
  line: string;
}

export async function fetchForDance(server: string, node: string, repo: string | undefined): Promise<FetchedForDance> {
  const settings = fetchSettings({ server });
  const dest = resolve(repo ?? defaultFetchDest());
  const result = await fetchRepo({ ...settings, node, dest, limits: DEFAULT_LIMITS });
  return { repoRoot: dest, steps: result.steps, line: fetchedLine(result, settings.server.uri) };
}
