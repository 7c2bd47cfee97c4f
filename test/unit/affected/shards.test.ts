import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeShards } from '../../../src/affected/shards';

test('nodes are spread evenly, in order, sizes differing by at most one', () => {
  assert.deepEqual(makeShards(['a', 'b', 'c', 'd', 'e'], 2), [
    { shard: 1, nodes: 'a b c' },
    { shard: 2, nodes: 'd e' },
  ]);
  assert.deepEqual(makeShards(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 3).map((s) => s.nodes), ['a b c', 'd e', 'f g']);
  assert.deepEqual(makeShards(['a'], 1), [{ shard: 1, nodes: 'a' }]);
});

test('no empty shards: fewer nodes than shards gives one shard per node', () => {
  assert.deepEqual(makeShards(['a', 'b'], 5), [
    { shard: 1, nodes: 'a' },
    { shard: 2, nodes: 'b' },
  ]);
  assert.deepEqual(makeShards([], 3), []);
});

test('every node lands in exactly one shard', () => {
  const nodes = Array.from({ length: 23 }, (_, i) => `n${i}`);
  for (let count = 1; count <= 30; count++) {
    const shards = makeShards(nodes, count);
    assert.deepEqual(shards.flatMap((s) => s.nodes.split(' ')), nodes);
    const sizes = shards.map((s) => s.nodes.split(' ').length);
    assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 1);
  }
});
