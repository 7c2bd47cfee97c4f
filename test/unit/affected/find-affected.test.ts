/** `findAffected` against real git repositories: the webfarm example committed under `infra/`. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { findAffected } from '../../../src/affected/find-affected';
import { InputError } from '../../../src/model/errors';
import { GitFixture } from '../../helpers/git-fixture';

const webfarm = join(import.meta.dirname, '../../../examples/webfarm');
let repo: GitFixture;
let base = '';
let infra = '';

before(() => {
  repo = new GitFixture();
  repo.write({ 'README.md': 'outside the module repository\n' }).copy(webfarm, 'infra');
  repo.write({ 'infra/README.md': 'inside, but not a node or module\n' });
  base = repo.commit('base');
  infra = join(repo.dir, 'infra');
});
after(() => repo.cleanup());

/** Applies a change on a branch from base, commits it, and returns what `findAffected` says. */
async function change(name: string, edit: (fixture: GitFixture) => void) {
  repo.git('checkout', '-q', '-B', name, base);
  edit(repo);
  const head = repo.commit(name);
  return findAffected({ repo: infra, base, head });
}

const rejected = async (promise: Promise<unknown>, pattern: RegExp): Promise<void> => {
  await assert.rejects(promise, (error: unknown) => error instanceof InputError && pattern.test(error.message) && !error.message.includes('\n'));
};

test("a node's own parameter affects that node only", async () => {
  const result = await change('port', (r) => r.write({ 'infra/parameters/web2/parameters/nginx/port': '9090\n' }));
  assert.deepEqual(result.nodes, ['web2']);
  assert.deepEqual(result.removed, []);
  assert.deepEqual(result.changed, ['parameters/web2/parameters/nginx/port']);
  assert.equal(result.baseCommit, base);
});

test('a module template affects the nodes whose closure holds it', async () => {
  const result = await change('nginx', (r) => r.write({ 'infra/modules/nginx/templates/etc/nginx/conf.d/disco.conf': 'echo changed\n' }));
  assert.deepEqual(result.nodes, ['web1', 'web2']);
});

test('a module default inherited by every node affects them all', async () => {
  const result = await change('base-default', (r) => r.write({ 'infra/modules/base/parameters/site/admin': 'root@example.com\n' }));
  assert.deepEqual(result.nodes, ['db1', 'web1', 'web2']);
});

test('a module pulled in only through before/after still counts', async () => {
  const result = await change('monitoring', (r) => r.write({ 'infra/modules/monitoring/parameters/monitoring/checks/disk': '80%\n' }));
  assert.deepEqual(result.nodes, ['db1', 'web1', 'web2']);
  const postgres = await change('postgres', (r) => r.write({ 'infra/modules/postgres/scripts/30-vacuum.sh': '#!/bin/bash\n' }));
  assert.deepEqual(postgres.nodes, ['db1']);
});

test('changes outside parameters/ and modules/ affect no node', async () => {
  const result = await change('docs', (r) => r.write({ 'infra/README.md': 'new words\n', 'README.md': 'also new\n' }));
  assert.deepEqual(result.nodes, []);
  assert.deepEqual(result.changed, ['README.md']); // relative to infra/; the top-level README is outside it
});

test('an unused module affects nobody; a new node is affected', async () => {
  const unused = await change('unused', (r) => r.write({ 'infra/modules/unused/requires': 'before base\n' }));
  assert.deepEqual(unused.nodes, []);
  const added = await change('new-node', (r) => r.write({ 'infra/parameters/web3/modules/app': '' }));
  assert.deepEqual(added.nodes, ['web3']);
});

test('a deleted node is reported as removed', async () => {
  const result = await change('drop-db1', (r) => r.remove('infra/parameters/db1'));
  assert.deepEqual(result.nodes, []);
  assert.deepEqual(result.removed, ['db1']);
  assert.ok(result.changed.includes('parameters/db1/modules/postgres'));
});

test('a renamed module: both paths count (no rename detection)', async () => {
  const result = await change('rename', (r) => {
    r.git('mv', 'infra/modules/nginx', 'infra/modules/httpd');
    r.write({ 'infra/modules/app/requires': 'after httpd\nbefore monitoring\n' });
  });
  assert.deepEqual(result.nodes, ['web1', 'web2']);
  assert.ok(result.changed.includes('modules/nginx/requires') && result.changed.includes('modules/httpd/requires'));
});

test('head defaults to HEAD; nothing changed, nothing affected', async () => {
  repo.git('checkout', '-q', '-B', 'same', base);
  const result = await findAffected({ repo: infra, base: 'main', head: 'HEAD' });
  assert.deepEqual(result, { nodes: [], removed: [], changed: [], baseCommit: base, headCommit: base });
});

test('a base without the repository directory: every node is affected', async () => {
  repo.git('checkout', '-q', '-B', 'orphan-base', base);
  repo.git('checkout', '-q', '--orphan', 'empty');
  repo.git('rm', '-rq', '--cached', '.');
  repo.remove('infra');
  const empty = repo.commit('empty');
  repo.git('checkout', '-q', '-f', 'main');
  const result = await findAffected({ repo: infra, base: empty, head: base });
  assert.deepEqual(result.nodes, ['db1', 'web1', 'web2']);
});

test('a head that breaks the repository is an error naming the file and line', async () => {
  repo.git('checkout', '-q', '-B', 'cycle', base);
  repo.write({ 'infra/modules/base/requires': '# oops\nafter monitoring\n' });
  const cycle = repo.commit('cycle');
  await rejected(findAffected({ repo: infra, base, head: cycle }), /cycle in requires: base → monitoring → base .*modules\/base\/requires:2/);

  repo.git('checkout', '-q', '-B', 'missing', base);
  repo.write({ 'infra/parameters/web1/modules/ghost': '' });
  const missing = repo.commit('missing');
  await rejected(findAffected({ repo: infra, base, head: missing }), /^parameters\/web1\/modules\/ghost: module 'ghost' not found .*\(at [0-9a-f]+\)$/);

  repo.git('checkout', '-q', '-B', 'bad-line', base);
  repo.write({ 'infra/modules/app/requires': 'after nginx\nrequires monitoring\n' });
  const badLine = repo.commit('bad-line');
  await rejected(findAffected({ repo: infra, base, head: badLine }), /^modules\/app\/requires:2: expected 'after MODULE' or 'before MODULE'/);

  repo.git('checkout', '-q', '-B', 'outside', base);
  repo.write({ 'infra/modules/base/templates/etc/passwd': { link: '/etc/passwd' } });
  const outside = repo.commit('outside');
  await rejected(findAffected({ repo: infra, base, head: outside }), /modules\/base\/templates\/etc\/passwd: symlink leads outside the repository/);
});

test('a base that was broken does not stop the change that fixes it', async () => {
  repo.git('checkout', '-q', '-B', 'broken-base', base);
  repo.write({ 'infra/parameters/web1/modules/ghost': '' });
  const broken = repo.commit('broken');
  repo.remove('infra/parameters/web1/modules/ghost');
  const fixed = repo.commit('fixed');
  // Only web1's base plan failed: it is affected, the others' closures are known and untouched.
  assert.deepEqual((await findAffected({ repo: infra, base: broken, head: fixed })).nodes, ['web1']);

  repo.write({ 'infra/modules/unused/requires': 'not a statement\n' });
  const unreadable = repo.commit('unreadable');
  repo.remove('infra/modules/unused');
  const readable = repo.commit('readable');
  // A base that cannot be read at all rules nothing out.
  assert.deepEqual((await findAffected({ repo: infra, base: unreadable, head: readable })).nodes, ['db1', 'web1', 'web2']);
});

test('a bad ref, or a directory outside git, is one line', async () => {
  await rejected(findAffected({ repo: infra, base: 'no-such-ref', head: 'HEAD' }), /unknown git ref 'no-such-ref'/);
  await rejected(findAffected({ repo: infra, base, head: '--upload-pack=evil' }), /unknown git ref '--upload-pack=evil'/);
  const plain = mkdtempSync(join(tmpdir(), 'disco-no-git-'));
  try {
    await rejected(findAffected({ repo: plain, base: 'HEAD', head: 'HEAD' }), /not inside a git repository/);
  } finally {
    rmSync(plain, { recursive: true, force: true });
  }
});
