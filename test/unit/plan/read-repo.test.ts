import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { makePlan } from '../../../src/plan/make-plan';
import { readRepo } from '../../../src/plan/read-repo';

const fixture = (name: string): string => join(import.meta.dirname, '../../fixtures/repos', name);
const example = (name: string): string => join(import.meta.dirname, '../../../examples', name);

const scratch = mkdtempSync(join(tmpdir(), 'disco-read-repo-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes `files` (path → content, or `{ link }` for a symlink) into a fresh repo directory. */
function makeRepo(name: string, files: Record<string, string | { link: string }>): string {
  const root = join(scratch, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    if (typeof content === 'string') writeFileSync(join(root, path), content);
    else symlinkSync(content.link, join(root, path));
  }
  return root;
}

test('the seed example reads as its README shows', () => {
  const repo = readRepo(example('seed'));
  assert.deepEqual([...repo.nodes.keys()], ['localhost.localdomain']);
  assert.deepEqual([...repo.modules.keys()], ['othermodule-3.2', 'testmodule-1.0']);
  const node = repo.nodes.get('localhost.localdomain')!;
  assert.deepEqual(node.modules, ['othermodule-3.2', 'testmodule-1.0']);
  assert.deepEqual(node.parameters, [
    { key: 'something', type: 'value', value: 'LOLTHISKEYMEANSNOTHING\n', origin: 'parameters/localhost.localdomain/parameters/something' },
  ]);
  const test = repo.modules.get('testmodule-1.0')!;
  assert.deepEqual(test.scripts.map((s) => s.source), ['modules/testmodule-1.0/scripts/00-hello.sh', 'modules/testmodule-1.0/scripts/10-service_stop.sh']);
  assert.deepEqual(test.files, []); // files/ holds only a .gitkeep
  assert.deepEqual(test.templates, []);
  const other = repo.modules.get('othermodule-3.2')!;
  assert.deepEqual(other.templates, [{ target: '/etc/othermodule/stuff.cfg', source: 'modules/othermodule-3.2/templates/etc/othermodule/stuff.cfg' }]);
  assert.deepEqual(other.scripts, []);
  assert.deepEqual(makePlan(repo, 'localhost.localdomain').order, ['othermodule-3.2', 'testmodule-1.0']);
});

test('the webfarm example: before/after, symlinks in files/, node values over module defaults', () => {
  const repo = readRepo(example('webfarm'));
  assert.deepEqual([...repo.nodes.keys()], ['db1', 'web1', 'web2']);
  assert.deepEqual(makePlan(repo, 'web1').order, ['base', 'nginx', 'app', 'monitoring']);
  assert.deepEqual(makePlan(repo, 'db1').order, ['base', 'postgres', 'monitoring']);
  const values = (node: string): Record<string, string | undefined> =>
    Object.fromEntries(makePlan(repo, node).parameters.map((entry) => [entry.key, entry.value]));
  assert.equal(values('web2')['nginx/port'], '8080\n');
  assert.equal(values('web1')['nginx/port'], '80\n');
  assert.equal(values('db1')['site/environment'], 'production\n');
  assert.equal(values('web1')['site/environment'], 'staging\n');
  const link = repo.modules.get('base')!.files.find((file) => file.target === '/etc/issue.net');
  assert.deepEqual(link && { type: link.type, linkTarget: link.linkTarget }, { type: 'symlink', linkTarget: 'motd' });
});

test('files/ keeps modes and lists symlinks unfollowed, even outside or dangling', () => {
  const root = makeRepo('modes', {
    'modules/m/files/etc/secret': 's3cret\n',
    'modules/m/files/etc/passwd-link': { link: '/etc/passwd' },
    'modules/m/files/etc/dangling': { link: '../../nowhere' },
    'modules/m/files/usr/bin/tool': '#!/bin/sh\n',
  });
  chmodSync(join(root, 'modules/m/files/etc/secret'), 0o600);
  chmodSync(join(root, 'modules/m/files/usr/bin/tool'), 0o755);
  for (const dir of ['etc', 'usr', 'usr/bin']) chmodSync(join(root, 'modules/m/files', dir), 0o755); // whatever the umask
  const files = readRepo(root).modules.get('m')!.files;
  assert.deepEqual(
    files.map((f) => [f.target, f.type, f.type === 'symlink' ? f.linkTarget : f.mode]),
    [
      ['/etc', 'directory', '0755'],
      ['/etc/dangling', 'symlink', '../../nowhere'],
      ['/etc/passwd-link', 'symlink', '/etc/passwd'],
      ['/etc/secret', 'file', '0600'],
      ['/usr', 'directory', '0755'],
      ['/usr/bin', 'directory', '0755'],
      ['/usr/bin/tool', 'file', '0755'],
    ],
  );
});

test('in-repo symlinks are read through and recorded as sources', () => {
  const repo = readRepo(fixture('plan-symlinks'));
  const module = repo.modules.get('m')!;
  assert.deepEqual(module.templates, [{ target: '/etc/shared.conf', source: 'modules/m/templates/etc/shared.conf' }]);
  assert.deepEqual(module.sources, ['modules/m', 'common/shared.conf']);
  const node = repo.nodes.get('n1')!;
  assert.deepEqual(node.parameters.map((p) => [p.key, p.value]), [['shared', 'from common\n']]);
  assert.deepEqual(node.sources, ['parameters/n1', 'common/value']);
});

test('.gitkeep is ignored everywhere and missing folders are empty', () => {
  const repo = readRepo(fixture('plan-gitkeep'));
  for (const name of ['m', 'bare']) {
    const module = repo.modules.get(name)!;
    assert.deepEqual([module.requires, module.files, module.templates, module.scripts, module.parameters], [[], [], [], [], []], name);
  }
  assert.deepEqual(repo.nodes.get('n1')!.parameters, []);
  assert.deepEqual(makePlan(repo, 'n2').order, ['bare']);
});

test('scripts are the files right inside scripts/, in name order; other module entries are allowed', () => {
  const root = makeRepo('scripts', {
    'modules/m/scripts/20-b.sh': '',
    'modules/m/scripts/10-a.sh': '',
    'modules/m/scripts/B-upper.sh': '',
    'modules/m/scripts/lib/helper.sh': '',
    'modules/m/lib/more.sh': '',
    'modules/README.md': 'not a module\n',
    'parameters/n/modules/m': '',
    'parameters/n/notes.txt': 'ignored\n',
  });
  const repo = readRepo(root);
  assert.deepEqual(repo.modules.get('m')!.scripts.map((s) => s.name), ['10-a.sh', '20-b.sh', 'B-upper.sh']);
  assert.deepEqual([...repo.modules.keys()], ['m']);
});

test('a readdir order never leaks: nodes, modules and entries come sorted', () => {
  const root = makeRepo('sorted', { 'parameters/zeta/modules/b': '', 'parameters/zeta/modules/a': '', 'parameters/alpha/modules/a': '', 'modules/b/requires': '', 'modules/a/requires': '' });
  const repo = readRepo(root);
  assert.deepEqual([...repo.nodes.keys()], ['alpha', 'zeta']);
  assert.deepEqual(repo.nodes.get('zeta')!.modules, ['a', 'b']);
});

const rejects = (root: string, pattern: RegExp): void => assert.throws(() => readRepo(root), pattern);

test('symlinks that leave the repository, break or loop are errors naming the path', () => {
  rejects(makeRepo('out-template', { 'modules/m/templates/etc/x': { link: '/etc/passwd' } }), /^InputError: modules\/m\/templates\/etc\/x: symlink leads outside the repository \(-> \/etc\/passwd\)/);
  rejects(makeRepo('out-dotdot', { 'modules/m/scripts/run.sh': { link: '../../../../outside.sh' } }), /modules\/m\/scripts\/run\.sh: (symlink leads outside|broken symlink)/);
  rejects(makeRepo('out-module', { 'modules/m': { link: '/tmp' } }), /modules\/m: symlink leads outside the repository/);
  rejects(makeRepo('out-lib', { 'modules/m/lib/x': { link: '/etc/passwd' } }), /modules\/m\/lib\/x: symlink leads outside/);
  rejects(makeRepo('broken', { 'parameters/n/parameters/k': { link: 'nowhere' } }), /parameters\/n\/parameters\/k: broken symlink \(-> nowhere\)/);
  rejects(makeRepo('loop', { 'modules/m/templates/etc/up': { link: '..' } }), /modules\/m\/templates\/etc\/up: symlink loop/);
});

test('only files, directories and symlinks', () => {
  const root = makeRepo('fifo', { 'modules/m/requires': '' });
  mkdirSync(join(root, 'modules/m/files'));
  execFileSync('mkfifo', [join(root, 'modules/m/files/pipe')]);
  rejects(root, /modules\/m\/files\/pipe: unsupported file type/);
});

test('a missing repository, a file, or a directory without parameters/ and modules/', () => {
  rejects(join(scratch, 'nope'), /nope: repository not found/);
  rejects(makeRepo('plain', { 'README.md': '' }), /not a disco repository/);
  rejects(join(makeRepo('file', { 'f': '' }), 'f'), /repository is not a directory/);
});

test('requires and module listings of the wrong kind are errors', () => {
  rejects(makeRepo('requires-dir', { 'modules/m/requires/x': '' }), /modules\/m\/requires: expected a file/);
  rejects(makeRepo('listing-dir', { 'parameters/n/modules/m/x': '', 'modules/m/requires': '' }), /parameters\/n\/modules\/m: expected an empty file/);
  rejects(makeRepo('bad-node', { 'parameters/web 1/modules/m': '' }), /parameters\/web 1: bad node name 'web 1'/);
});
