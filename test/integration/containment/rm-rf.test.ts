/**
 * Containment, `rm -rf --no-preserve-root /`: a noop dance whose module wipes everything it can
 * reach. The dance still ends with a report (the module after it fails: there is no bash left in
 * the overlay), the report says the target's files would be deleted, the target root and the repo
 * are byte-identical, and the host is fine.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testRootfs, treeHash } from '../../helpers/rootfs';
import {
  assertContained,
  assertHostUnchanged,
  assertNoTokenFiles,
  cleanUp,
  clockNow,
  hostileRepo,
  hostNamespaces,
  hostState,
  restoreHost,
  moduleOutput,
  noopDance,
  TOKEN,
  type DanceResult,
  type HostState,
} from './hostile';

describe('containment: rm -rf --no-preserve-root /', () => {
  const root = testRootfs();
  let repo: string;
  let repoHash: string;
  let hashBefore: string;
  let host: HostState;
  let started: ReturnType<typeof clockNow>;
  let dance: DanceResult;

  before(() => {
    const ns = hostNamespaces();
    repo = hostileRepo('hostile-rmrf', 'hostile', { token: TOKEN, host_pidns: ns.pid, host_mntns: ns.mnt });
    repoHash = treeHash(repo);
    hashBefore = treeHash(root);
    host = hostState();
    started = clockNow();
    dance = noopDance(repo, 'hostile', root);
  });

  after(() => {
    restoreHost(host, started);
    cleanUp();
  });

  it('ends with a report: the wipe ran, the module after it failed for want of bash', () => {
    assert.deepEqual(dance.report.order, ['before', 'rm-rf', 'after']);
    const output = moduleOutput(dance.report, 'rm-rf');
    assertContained(output, 'rm -rf --no-preserve-root /');
    assert.match(output, /^RESULT rm -rf: exit 1$/m); // what it could not remove: /proc, /sys, the read-only mounts
    const afterStep = dance.report.modules.find((m) => m.name === 'after')!.steps[0];
    assert.notEqual(afterStep.exitCode, 0);
    assert.equal(dance.report.status, 'failed');
    assert.equal(dance.code, 1);
  });

  it('reports the deletions it would make', () => {
    const changes = dance.report.modules.flatMap((m) => m.changes);
    const deleted = new Set(changes.filter((c) => c.action === 'deleted').map((c) => c.path));
    for (const path of ['/bin', '/etc/passwd', '/usr/bin/bash', '/var/lib/dpkg/status']) assert.ok(deleted.has(path), `${path} not reported deleted`);
    // Nothing under the paths disco never reports.
    for (const path of deleted) assert.doesNotMatch(path, /^\/(proc|sys|dev|run|tmp)(\/|$)/);
  });

  it('leaves the target root, the repo and the host as they were', () => {
    assert.equal(treeHash(root), hashBefore, 'the target root changed');
    assert.equal(treeHash(repo), repoHash, 'the module repository changed');
    assertHostUnchanged(host, started);
    assertNoTokenFiles(repo);
  });
});
