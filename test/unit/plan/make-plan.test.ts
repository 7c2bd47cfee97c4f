import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../../src/model/errors';
import { makeAllPlans, makePlan } from '../../../src/plan/make-plan';
import type { ModuleDef, NodeDef, Repo, Requirement } from '../../../src/plan/types';

/** A repo in memory: makePlan is pure, so no files are needed. */
function repoOf(nodes: Record<string, string[]>, modules: Record<string, string[]>): Repo {
  const moduleDef = (name: string, lines: string[]): ModuleDef => ({
    name,
    requires: lines.map((text, index): Requirement => {
      const [kind, module] = text.split(' ') as ['after' | 'before', string];
      return { kind, module, file: `modules/${name}/requires`, line: index + 1 };
    }),
    files: [],
    templates: [],
    scripts: [],
    parameters: [{ key: name, type: 'value', value: `${name}-default`, origin: `modules/${name}/parameters/${name}` }],
  });
  const nodeDef = (name: string, list: string[]): NodeDef => ({ name, modules: list, parameters: [] });
  return {
    root: '/repo',
    nodes: new Map(Object.entries(nodes).map(([name, list]) => [name, nodeDef(name, list)])),
    modules: new Map(Object.entries(modules).map(([name, lines]) => [name, moduleDef(name, lines)])),
  };
}

test('after and before both pull the other module into the dance', () => {
  const repo = repoOf({ web1: ['web'] }, { web: ['after base', 'before monitoring'], base: [], monitoring: [], unrelated: [] });
  const plan = makePlan(repo, 'web1');
  assert.deepEqual(plan.order, ['base', 'web', 'monitoring']);
  assert.deepEqual(plan.modules.map((m) => m.name), plan.order);
  assert.deepEqual(plan.reasons, {
    web: { via: 'node', file: 'parameters/web1/modules/web' },
    base: { via: 'after', by: 'web', file: 'modules/web/requires', line: 1 },
    monitoring: { via: 'before', by: 'web', file: 'modules/web/requires', line: 2 },
  });
});

test('the closure is transitive, and a module outside it that says "before" is not pulled in', () => {
  const repo = repoOf({ n: ['app'] }, { app: ['after nginx'], nginx: ['after base'], base: [], sneaky: ['before app'] });
  assert.deepEqual(makePlan(repo, 'n').order, ['base', 'nginx', 'app']);
});

test('the order does not depend on the order the node lists its modules', () => {
  const modules = { a: [], b: ['before a'], c: [] };
  const one = makePlan(repoOf({ n: ['c', 'a', 'b'] }, modules), 'n').order;
  const two = makePlan(repoOf({ n: ['b', 'c', 'a'] }, modules), 'n').order;
  assert.deepEqual(one, ['b', 'a', 'c']);
  assert.deepEqual(two, one);
});

test('module defaults are merged in dance order, under the node values', () => {
  const repo = repoOf({ n: ['b', 'a'] }, { a: [], b: [] });
  repo.modules.get('a')!.parameters.push({ key: 'shared', type: 'value', value: 'from a', origin: 'modules/a/parameters/shared' });
  repo.modules.get('b')!.parameters.push({ key: 'shared', type: 'value', value: 'from b', origin: 'modules/b/parameters/shared' });
  repo.nodes.get('n')!.parameters.push({ key: 'b', type: 'value', value: 'node', origin: 'parameters/n/parameters/b' });
  const values = Object.fromEntries(makePlan(repo, 'n').parameters.map((entry) => [entry.key, entry.value]));
  assert.deepEqual(values, { a: 'a-default', b: 'node', shared: 'from b' });
});

test('a missing module is named with the file (and line) that asked for it', () => {
  const listed = repoOf({ n: ['ghost'] }, {});
  assert.throws(() => makePlan(listed, 'n'), (error: unknown) => error instanceof InputError && error.culprit === 'parameters/n/modules/ghost' && /module 'ghost' not found/.test(error.message));
  const required = repoOf({ n: ['m'] }, { m: ['after base', 'before ghost'], base: [] });
  assert.throws(() => makePlan(required, 'n'), (error: unknown) => error instanceof InputError && error.message.startsWith("modules/m/requires:2: module 'ghost' not found"));
});

test('an unknown node lists the known ones; a bad node name is refused', () => {
  const repo = repoOf({ web1: [], db1: [] }, {});
  assert.throws(() => makePlan(repo, 'web9'), /parameters\/web9: unknown node 'web9' \(known nodes: db1, web1\)/);
  assert.throws(() => makePlan(repo, '../etc'), /bad node name '\.\.\/etc'/);
  const many = repoOf(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`n${String(i).padStart(2, '0')}`, []])), {});
  assert.throws(() => makePlan(many, 'x'), /30 known nodes, e\.g\. n00, n01/);
});

test('a cycle through the closure is an error naming its modules', () => {
  const repo = repoOf({ n: ['a'] }, { a: ['after b'], b: ['after a'] });
  assert.throws(() => makePlan(repo, 'n'), /cycle in requires: a → b → a/);
});

test('makeAllPlans plans every node in name order', () => {
  const repo = repoOf({ web: ['m'], db: ['m'] }, { m: [] });
  assert.deepEqual(makeAllPlans(repo).map((plan) => plan.node), ['db', 'web']);
});
