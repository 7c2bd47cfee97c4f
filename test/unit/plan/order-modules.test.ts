import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { InputError } from '../../../src/model/errors';
import { findCycle } from '../../../src/plan/find-cycle';
import { orderModules, type RequirementEdge } from '../../../src/plan/order-modules';

/** `first` runs before `then`; the cause is a made-up requires statement of `then`. */
const edge = (first: string, then: string, line = 1): RequirementEdge => ({
  first,
  then,
  cause: { kind: 'after', module: first, file: `modules/${then}/requires`, line },
});

/** The documented rule, written the obvious way: name order, prerequisites first, depth-first. */
function reference(modules: string[], edges: RequirementEdge[]): string[] {
  const done: string[] = [];
  const visit = (name: string): void => {
    if (done.includes(name)) return;
    const before = edges.filter((e) => e.then === name).map((e) => e.first);
    for (const prerequisite of [...new Set(before)].sort()) visit(prerequisite);
    done.push(name);
  };
  for (const name of [...modules].sort()) visit(name);
  return done;
}

test('no requires: alphabetical order', () => {
  assert.deepEqual(orderModules(['web', 'base', 'db'], []), ['base', 'db', 'web']);
});

test('requires decide first, names break ties depth-first', () => {
  assert.deepEqual(orderModules(['a', 'b', 'z'], [edge('z', 'a')]), ['z', 'a', 'b']);
  // d runs before a and b; a runs before c. A plain toposort would give d a c b.
  const edges = [edge('a', 'c'), edge('d', 'a'), edge('d', 'b')];
  assert.deepEqual(orderModules(['a', 'b', 'c', 'd'], edges), ['d', 'a', 'b', 'c']);
  assert.deepEqual(orderModules(['e', 'a', 'b', 'c', 'd'], [edge('a', 'c'), edge('a', 'd'), edge('b', 'c'), edge('e', 'a'), edge('e', 'b')]), ['e', 'a', 'b', 'c', 'd']);
});

test('the order matches the documented rule and ignores input order (property)', () => {
  const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
  fc.assert(
    fc.property(
      fc.shuffledSubarray(names, { minLength: 1 }),
      fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 15 }),
      (modules, pairs) => {
        // Edges only go from a lower to a higher position in a random permutation: a DAG.
        const edges = pairs
          .map(([i, j]) => [modules[i % modules.length]!, modules[j % modules.length]!] as const)
          .filter(([x, y]) => modules.indexOf(x) < modules.indexOf(y))
          .map(([x, y]) => edge(x, y));
        const order = orderModules(modules, edges);
        assert.deepEqual(order, reference(modules, edges));
        assert.deepEqual(orderModules([...modules].reverse(), [...edges].reverse()), order);
        for (const e of edges) assert.ok(order.indexOf(e.first) < order.indexOf(e.then));
      },
    ),
    { numRuns: 300 },
  );
});

test('a cycle names every module on it, with the statements that make it', () => {
  const edges = [edge('beta', 'alpha', 1), edge('gamma', 'beta', 1), edge('alpha', 'gamma', 2), edge('alpha', 'zeta')];
  assert.throws(
    () => orderModules(['alpha', 'beta', 'gamma', 'zeta'], edges),
    (error: unknown) =>
      error instanceof InputError &&
      error.message.includes('cycle in requires: alpha → gamma → beta → alpha') &&
      error.message.includes('modules/gamma/requires:2') &&
      error.message.includes('modules/beta/requires:1') &&
      error.message.includes('modules/alpha/requires:1') &&
      !error.message.includes('zeta') &&
      error.culprit === 'modules/gamma/requires',
  );
});

test('a module ordered against itself is a cycle of one', () => {
  assert.throws(() => orderModules(['a'], [edge('a', 'a')]), /cycle in requires: a → a/);
});

test('findCycle finds nothing in a DAG and a cycle behind other edges', () => {
  assert.equal(findCycle(['a', 'b'], [edge('a', 'b')]), undefined);
  const cycle = findCycle(['a', 'b', 'c', 'd'], [edge('a', 'b'), edge('b', 'c'), edge('c', 'd'), edge('d', 'b')]);
  assert.deepEqual(cycle?.map((e) => e.first), ['b', 'c', 'd']);
});
