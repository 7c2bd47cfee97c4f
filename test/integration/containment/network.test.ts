/**
 * Containment, network: a noop dance whose modules talk to a TCP server on the host's 127.0.0.1
 * and to an abstract unix socket server of the host (both started by this test), and add, change
 * and bring down network links. The servers hear nothing, the host's links and addresses stay as
 * they were, and the target root is byte-identical.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testRootfs, treeHash } from '../../helpers/rootfs';
import {
  assertContained,
  assertFailed,
  assertHostUnchanged,
  assertNoTokenFiles,
  cleanUp,
  clockNow,
  hostileRepo,
  hostState,
  restoreHost,
  Listeners,
  moduleOutput,
  noopDance,
  TOKEN,
  type DanceResult,
  type HostState,
} from './hostile';

describe('containment: network', () => {
  const root = testRootfs();
  const listeners = new Listeners();
  let repo: string;
  let hashBefore: string;
  let host: HostState;
  let started: ReturnType<typeof clockNow>;
  let dance: DanceResult;

  before(async () => {
    await listeners.start();
    repo = hostileRepo('hostile-network', 'hostile', { token: TOKEN, tcp_port: listeners.tcpPort, abstract_name: listeners.abstractName });
    hashBefore = treeHash(root);
    host = hostState();
    started = clockNow();
    dance = noopDance(repo, 'hostile', root);
    await listeners.settle();
  });

  after(() => {
    listeners.close();
    restoreHost(host, started);
    cleanUp();
  });

  it('ends with a report and leaves the target byte-identical', () => {
    assert.deepEqual(dance.report.modules.map((m) => m.name).sort(), ['abstract-socket', 'links', 'tcp-loopback']);
    assert.equal(treeHash(root), hashBefore, 'the target root changed');
  });

  it("cannot reach a TCP server on the host's loopback", () => {
    const output = moduleOutput(dance.report, 'tcp-loopback');
    assertContained(output, 'tcp 127.0.0.1');
    assertFailed(output, 'connect tcp');
    assert.deepEqual(listeners.connections.filter((c) => c === 'tcp'), [], 'the host TCP server was reached');
  });

  it("cannot reach the host's abstract unix socket", () => {
    const output = moduleOutput(dance.report, 'abstract-socket');
    assertContained(output, 'abstract @');
    assertFailed(output, 'connect abstract socket', 'perl connect');
    assert.deepEqual(listeners.connections.filter((c) => c === 'abstract'), [], 'the host abstract socket was reached');
  });

  it('cannot add, change or bring down links of the host', () => {
    const output = moduleOutput(dance.report, 'links');
    assertContained(output, 'links');
    assertFailed(output, '/bin/ip link add', '/sbin/ip veth', '/bin/ip link set lo down', '/bin/ip addr add');
    // The sandbox has its loopback only; a nested namespace's dummy link (if any) stayed there.
    assert.match(output, /^LINKS: lo $/m);
  });

  it('leaves the host as it was', () => {
    assertHostUnchanged(host, started);
    assertNoTokenFiles(repo);
  });
});
