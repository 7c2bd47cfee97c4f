/** Spreads nodes over GitHub matrix jobs: consecutive groups whose sizes differ by at most one. */
export interface Shard {
  /** 1-based. */
  shard: number;
  /** Space-separated node names. */
  nodes: string;
}

/** Pure. Empty shards are left out: a matrix job with no node would only waste a runner. */
export function makeShards(nodes: string[], count: number): Shard[] {
  const shards: Shard[] = [];
  let start = 0;
  for (let index = 0; index < count; index++) {
    const size = Math.floor(nodes.length / count) + (index < nodes.length % count ? 1 : 0);
    if (size > 0) shards.push({ shard: shards.length + 1, nodes: nodes.slice(start, start + size).join(' ') });
    start += size;
  }
  return shards;
}
