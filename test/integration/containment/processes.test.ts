/**
 * Containment, processes and names: a noop dance whose modules kill the host's canary process (by
 * the PID the host gave them, by name, with killall), run `kill -9 -1`, and rename the machine
 * every way they can. The dance still ends with a report, the target root is byte-identical, the
 * canary lives, a module after `kill -9 -1` still runs, and the host keeps its name.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testRootfs, treeHash } from '../../helpers/rootfs';
import {
  assertContained,
  assertFailed,
  assertHostUnchanged,
  assertNoTokenFiles,
  Canary,
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

describe('containment: processes and host name', () => {
  const root = testRootfs();
  let canary: Canary;
  let repo: string;
  let hashBefore: string;
  let host: HostState;
  let started: ReturnType<typeof clockNow>;
  let dance: DanceResult;

  before(() => {
    canary = new Canary();
    repo = hostileRepo('hostile-processes', 'hostile', {
      token: TOKEN,
      canary_pid: canary.pid,
      canary_name: canary.name,
      host_pidns: hostNamespaces().pid,
    });
    hashBefore = treeHash(root);
    host = hostState();
    started = clockNow();
    dance = noopDance(repo, 'hostile', root);
  });

  after(() => {
    canary.stop();
    restoreHost(host, started);
    cleanUp();
  });

  it('ends with a report of every module, and leaves the target byte-identical', () => {
    assert.deepEqual(dance.report.modules.map((m) => m.name).sort(), ['hostname', 'kill-canary', 'kill-everything', 'survivor']);
    assert.equal(treeHash(root), hashBefore, 'the target root changed');
  });

  it('cannot kill the host canary by PID, name or killall', () => {
    const output = moduleOutput(dance.report, 'kill-canary');
    assertContained(output, 'kill canary');
    assertFailed(output, 'kill builtin', '/bin/kill', 'pkill');
    assert.ok(canary.alive(), 'the host canary process was killed');
  });

  it('survives kill -9 -1: the canary lives and the next module still runs', () => {
    const output = moduleOutput(dance.report, 'kill-everything');
    assertContained(output, 'kill -9 -1');
    // Its own background job died (kill -9 -1 did act, inside), the script itself went on.
    assert.match(output, /RESULT own background job: exit 137/);
    assert.match(output, /STILL HERE/);
    assert.match(moduleOutput(dance.report, 'survivor'), /SURVIVOR ran in hostile/);
    assert.ok(canary.alive(), 'the host canary process was killed');
  });

  it('cannot rename the host; the sandbox keeps the node name, a nested namespace only its own', () => {
    const output = moduleOutput(dance.report, 'hostname');
    assertContained(output, 'hostname');
    assertFailed(output, '/bin/hostname', '/usr/bin/hostname', 'sethostname', 'setdomainname', '/proc/sys/kernel/hostname');
    assert.match(output, /^NOW hostname=hostile uname=hostile /m);
    assert.match(output, /^AFTER-NESTED hostname=hostile$/m);
    // A user namespace of its own is refused, or its new name stays in it.
    const nested = /^NESTED hostname=(.*)$/m.exec(output)?.[1];
    assert.ok(nested === undefined || nested === 'pwned-in-own-uts', output);
  });

  it('leaves the host as it was', () => {
    assertHostUnchanged(host, started);
    assertNoTokenFiles(repo);
  });
});
