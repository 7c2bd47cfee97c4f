/**
 * Apply is all-or-nothing across crashes: disco is killed with SIGKILL at 50 distinct points of the
 * merge of a module that changes thousands of files (fault injection: the merge kills itself and
 * disco after N changes to the target, as a power loss would), and at random instants of the whole
 * apply; after `disco recover`, the target's tree hash is always the untouched or the fully-merged one.
 * Target and journal live on a tmpfs here, so the many syncs cost nothing: what is under test is
 * the journal's logic, not the disk.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../../helpers/cli';
import { makeRepo } from '../../helpers/repo';
import { PROJECT, miniRootfs, removeTree, restoreTree, treeHash } from '../../helpers/rootfs';

const CHURN = `#!/bin/bash
set -e
mkdir -p /etc/churn
for i in $(seq 1 600); do echo "file $i" > /etc/churn/f$i; done
ln /etc/churn/f1 /etc/churn/hardlink
echo changed >> /etc/motd
rm -f /etc/issue
rm -rf /etc/default && mkdir /etc/default && echo only > /etc/default/only
chmod 600 /etc/debian_version
`;

describe('crash-safe apply', () => {
  let pristine: string;
  let target: string;
  let repo: string;
  let untouched: string;
  let merged: string;
  const scratch = mkdtempSync(join(tmpdir(), 'disco-crash-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1g', 'disco-crash', scratch]);
  const state = join(scratch, 'state');
  const env = { ...process.env, DISCO_STATE_DIR: state };
  const applyArgs = (): string[] => ['dance', '--repo', repo, '--node', 'crash', '--root', target];

  before(() => {
    pristine = miniRootfs();
    target = join(scratch, 'target');
    repo = makeRepo('crash', ['churn'], { 'modules/churn/scripts/10-churn.sh': CHURN });
    untouched = treeHash(pristine);
    restoreTree(pristine, target);
    const result = runCli(applyArgs(), { env });
    assert.equal(result.code, 0, result.stdout + result.stderr);
    merged = treeHash(target);
    assert.notEqual(merged, untouched);
  });
  after(() => {
    execFileSync('umount', [scratch]);
    [scratch, repo].forEach(removeTree);
  });

  it('completes the merge after a SIGKILL at any of 50 points of it', () => {
    const points = Array.from({ length: 50 }, (_, i) => Math.floor((i * 600) / 49));
    for (const point of points) {
      restoreTree(pristine, target);
      const killed = spawnSync(process.execPath, [join(PROJECT, 'dist/cli.js'), ...applyArgs()], {
        env: { ...env, DISCO_FAULT_KILL_AFTER_OPS: String(point) },
        encoding: 'utf8',
      });
      assert.equal(killed.signal, 'SIGKILL', `killed at op ${point}: ${killed.stderr}`);
      const recovered = runCli(['recover', '--root', target], { env });
      assert.equal(recovered.code, 0, recovered.stderr);
      assert.match(recovered.stdout, /completing an interrupted apply/);
      assert.equal(treeHash(target), merged, `after a kill at op ${point}`);
    }
  });

  it('is untouched or fully merged after SIGKILL at random instants, once the next dance has run', async () => {
    for (let i = 0; i < 6; i++) {
      restoreTree(pristine, target);
      const child = spawn(process.execPath, [join(PROJECT, 'dist/cli.js'), ...applyArgs()], { env, stdio: 'ignore' });
      const closed = new Promise((resolve) => child.on('close', resolve));
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 900));
      child.kill('SIGKILL');
      await closed;
      assert.equal(runCli(['recover', '--root', target], { env }).code, 0);
      assert.ok([untouched, merged].includes(treeHash(target)), `kill ${i}: partial target`);
    }
  });
});
