/**
 * disco shell and disco diff (the seed's disco-sh-shell and disco-fs-diff): commands typed in the
 * sandbox's shell change only its scratch, which persists for the next shell and for diff.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../../helpers/cli';
import { removeTree, testRootfs, treeHash } from '../../helpers/rootfs';

describe('disco shell, then disco diff', () => {
  let root: string;
  let hash: string;
  const state = mkdtempSync(join(tmpdir(), 'disco-state-'));
  const env = { ...process.env, DISCO_STATE_DIR: state };
  const shell = (input: string) => runCli(['shell', '--noop', '--root', root, '--node', 'shellnode'], { input, env });

  before(() => {
    root = testRootfs();
    hash = treeHash(root);
  });
  after(() => removeTree(state));

  it('runs typed commands in the sandbox, blocks side effects, and keeps the changes for diff', () => {
    const first = shell('echo LOL | tee /var/lib/p0wnt\nrm -f /etc/issue\nservice postgresql stop\nhostname\n');
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout + first.stderr, /warning: Would execute : service postgresql stop/);
    assert.match(first.stdout + first.stderr, /^shellnode$/m);
    const diff = runCli(['diff', '--root', root, '--node', 'shellnode'], { env });
    assert.equal(diff.code, 0, diff.stderr);
    assert.match(diff.stdout, /^info: File: file: \/var\/lib\/p0wnt : Created : type=\[regular file\]/m);
    assert.match(diff.stdout, /^\+LOL$/m);
    assert.match(diff.stdout, /^info: File: file: \/etc\/issue : Deleted$/m);
    assert.equal(treeHash(root), hash, 'the target is untouched');
  });

  it('starts the next shell from the kept scratch, and --reset discards it', () => {
    const second = shell('cat /var/lib/p0wnt\n');
    assert.match(second.stdout, /^LOL$/m);
    assert.equal(runCli(['shell', '--reset', '--root', root, '--node', 'shellnode'], { env }).code, 0);
    const diff = runCli(['diff', '--root', root, '--node', 'shellnode'], { env });
    assert.equal(diff.code, 2);
    assert.match(diff.stderr, /^error: no shell scratch for node 'shellnode'/);
  });
});
