/** The `disco affected --json` shape, with the GitHub matrix when sharded. */
import type { AffectedResult } from './find-affected';
import { makeShards, type Shard } from './shards';

export interface AffectedJson {
  nodes: string[];
  removed: string[];
  changed: string[];
  matrix?: { include: Shard[] };
}

export function affectedJson(result: AffectedResult, shards?: number): AffectedJson {
  const json: AffectedJson = { nodes: result.nodes, removed: result.removed, changed: result.changed };
  if (shards !== undefined) json.matrix = { include: makeShards(result.nodes, shards) };
  return json;
}
