/**
 * Each change is reported under the module that made it last, whatever later modules do: deletions
 * (overlayfs makes every whiteout a hard link of one inode, so a later deletion touches the
 * earlier whiteouts' inode too), a file created by one module and changed in place by a later one,
 * and a file a later module only reads.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DanceReport } from '../../../src/model/dance-report';
import { runCli } from '../../helpers/cli';
import { makeRepo } from '../../helpers/repo';
import { removeTree, testRootfs, treeHash } from '../../helpers/rootfs';

const modules = {
  'modules/a/scripts/10.sh': 'rm /etc/debian_version\nmkdir -p /etc/attr && echo one > /etc/attr/kept && echo one > /etc/attr/grown\n',
  'modules/b/scripts/10.sh': 'rm /etc/issue.net\ncat /etc/attr/kept > /dev/null\n',
  'modules/c/scripts/10.sh': 'rm /etc/host.conf\necho two >> /etc/attr/grown\n',
};

describe('noop dance: changes are attributed to the module that made them', () => {
  let report: DanceReport;
  let repo: string;
  let root: string;
  let hash: string;
  const owner = (path: string): string | undefined => report.modules.find((m) => m.changes.some((c) => c.path === path))?.name;

  before(() => {
    root = testRootfs();
    hash = treeHash(root);
    repo = makeRepo('attr', ['a', 'b', 'c'], modules);
    const result = runCli(['dance', '--noop', '--repo', repo, '--node', 'attr', '--root', root, '--json', join(repo, 'r.json')]);
    assert.equal(result.code, 0, result.stderr + result.stdout);
    report = JSON.parse(readFileSync(join(repo, 'r.json'), 'utf8'));
  });
  after(() => removeTree(repo));

  it('reports each deletion under the module that deleted the file', () => {
    assert.equal(owner('/etc/debian_version'), 'a');
    assert.equal(owner('/etc/issue.net'), 'b');
    assert.equal(owner('/etc/host.conf'), 'c');
  });

  it('reports a file changed in place by a later module under that module, and a file it only read under its maker', () => {
    assert.equal(owner('/etc/attr/grown'), 'c');
    assert.equal(owner('/etc/attr/kept'), 'a');
    assert.equal(owner('/etc/attr'), 'a');
  });

  it('leaves the target byte-identical', () => {
    assert.equal(treeHash(root), hash);
  });
});
