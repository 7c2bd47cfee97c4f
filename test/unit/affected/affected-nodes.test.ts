import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findAffectedNodes, type Snapshot } from '../../../src/affected/affected-nodes';
import { makePlan } from '../../../src/plan/make-plan';
import type { ModuleDef, NodeDef, Plan, Repo } from '../../../src/plan/types';

/** nodes: name → listed modules; modules: name → modules it runs after. */
function snapshot(nodes: Record<string, string[]>, modules: Record<string, string[]>): Snapshot {
  const moduleDef = (name: string, after: string[]): ModuleDef => ({
    name,
    requires: after.map((module, i) => ({ kind: 'after', module, file: `modules/${name}/requires`, line: i + 1 })),
    files: [],
    templates: [],
    scripts: [],
    parameters: [],
    sources: [`modules/${name}`],
  });
  const nodeDef = (name: string, list: string[]): NodeDef => ({ name, modules: list, parameters: [], sources: [`parameters/${name}`] });
  const repo: Repo = {
    root: '/r',
    nodes: new Map(Object.entries(nodes).map(([n, l]) => [n, nodeDef(n, l)])),
    modules: new Map(Object.entries(modules).map(([n, a]) => [n, moduleDef(n, a)])),
  };
  const plans = new Map<string, Plan | Error>();
  for (const node of repo.nodes.keys()) {
    try {
      plans.set(node, makePlan(repo, node));
    } catch (error) {
      plans.set(node, error as Error);
    }
  }
  return { repo, plans };
}

const farm = () => snapshot({ web1: ['web'], web2: ['web'], db1: ['db'] }, { base: [], web: ['base'], db: ['base'], extra: [] });

test("a node's own parameters or module list affect that node only", () => {
  assert.deepEqual(findAffectedNodes(['parameters/web1/parameters/port'], farm(), farm()), { nodes: ['web1'], removed: [] });
  assert.deepEqual(findAffectedNodes(['parameters/db1/modules/db'], farm(), farm()).nodes, ['db1']);
});

test('a module change affects every node with it in its closure', () => {
  assert.deepEqual(findAffectedNodes(['modules/base/parameters/x'], farm(), farm()).nodes, ['db1', 'web1', 'web2']);
  assert.deepEqual(findAffectedNodes(['modules/web/scripts/10.sh'], farm(), farm()).nodes, ['web1', 'web2']);
  assert.deepEqual(findAffectedNodes(['modules/extra/requires'], farm(), farm()).nodes, []);
});

test('paths outside parameters/ and modules/, and lookalike prefixes, affect nothing', () => {
  assert.deepEqual(findAffectedNodes(['README.md', '.github/workflows/ci.yml', 'modules/web-old/x', 'parameters/web1x/y'], farm(), farm()).nodes, []);
});

test('the base closure counts too: a module dropped from a dance affects it', () => {
  const base = farm();
  const head = snapshot({ web1: ['web'], web2: ['web'], db1: ['db'] }, { base: [], web: [], db: ['base'], extra: [] });
  // web no longer runs after base; a change to base in the same commit still affects web1/web2.
  assert.deepEqual(findAffectedNodes(['modules/web/requires', 'modules/base/files/x'], base, head).nodes, ['db1', 'web1', 'web2']);
  assert.deepEqual(findAffectedNodes(['modules/base/files/x'], base, head).nodes, ['db1', 'web1', 'web2']);
  assert.deepEqual(findAffectedNodes(['modules/base/files/x'], head, head).nodes, ['db1']);
});

test('new and removed nodes', () => {
  const head = snapshot({ web1: ['web'], web3: ['web'] }, { base: [], web: ['base'], db: ['base'] });
  assert.deepEqual(findAffectedNodes(['parameters/web3/modules/web', 'parameters/db1/modules/db', 'parameters/web2/modules/web'], farm(), head), {
    nodes: ['web3'],
    removed: ['db1', 'web2'],
  });
});

test('no readable base, or a node whose base plan failed: affected, since nothing can be ruled out', () => {
  assert.deepEqual(findAffectedNodes([], undefined, farm()).nodes, ['db1', 'web1', 'web2']);
  const broken = snapshot({ web1: ['web'], db1: ['db'] }, { base: [], web: ['ghost'], db: ['base'] });
  assert.deepEqual(findAffectedNodes(['modules/ghost/requires'], broken, farm()).nodes, ['web1', 'web2']);
});

test('in-repo symlink targets are sources', () => {
  const snap = farm();
  snap.repo.modules.get('db')!.sources = ['modules/db', 'shared/db.conf'];
  assert.deepEqual(findAffectedNodes(['shared/db.conf'], snap, snap).nodes, ['db1']);
});
