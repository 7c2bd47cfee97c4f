/**
 * Containment on this machine's own `/` (noop only — a noop dance is allowed on `/`, an apply never
 * is): a harmless-looking module (a motd template) whose "tidy-up" script overwrites and deletes a
 * canary file of the host, writes to /root and /etc, kills a canary process, renames the machine,
 * mounts, adds a link, writes a sysctl, talks to the host's loopback and to a unix socket a host
 * server listens on (on the root filesystem, so in the overlay's lower layer). The report says what would
 * change; the host keeps every canary, its name, mounts, links and sysctls. Every attack is aimed
 * at the test's own canaries, so even a broken sandbox could not harm the rest of the machine.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import {
  assertHostUnchanged,
  assertNoTokenFiles,
  Canary,
  cleanUp,
  clockNow,
  hostFile,
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

describe("containment: a hostile noop dance on this machine's own /", () => {
  const listeners = new Listeners();
  let canary: Canary;
  let file: { path: string; content: string };
  let doomed: { path: string; content: string };
  let host: HostState;
  let started: ReturnType<typeof clockNow>;
  let dance: DanceResult;
  let repo: string;

  before(async () => {
    await listeners.start({ socketFile: true });
    canary = new Canary();
    file = hostFile('canary');
    doomed = hostFile('doomed');
    repo = hostileRepo('hostile-host-root', 'laptop', {
      token: TOKEN,
      canary_path: file.path,
      doomed_path: doomed.path,
      canary_pid: canary.pid,
      canary_name: canary.name,
      tcp_port: listeners.tcpPort,
      socket_path: listeners.socketPath,
    });
    host = hostState();
    started = clockNow();
    dance = noopDance(repo, 'laptop', '/'); // noopDance always passes --noop
    await listeners.settle();
  });

  after(() => {
    canary.stop();
    listeners.close();
    restoreHost(host, started);
    cleanUp();
  });

  it('is a noop dance that ran the whole module and reports what would change', () => {
    assert.equal(dance.report.mode, 'noop');
    const output = moduleOutput(dance.report, 'motd');
    assert.match(output, /done tidying/);
    assert.doesNotMatch(output, /ESCAPED/);
    const changes = new Map(dance.report.modules[0].changes.map((c) => [c.path, c.action]));
    assert.equal(changes.get(file.path), 'modified');
    assert.equal(changes.get(doomed.path), 'deleted');
    assert.equal(changes.get(`/root/disco-escape-${TOKEN}`), 'created');
    assert.equal(changes.get(`/etc/disco-escape-${TOKEN}`), 'created');
  });

  it("leaves the host's files, processes, name, mounts, links and sysctls as they were", () => {
    assert.equal(readFileSync(file.path, 'utf8'), file.content, 'the canary file changed');
    assert.ok(existsSync(doomed.path), 'the doomed file was deleted');
    assert.ok(canary.alive(), 'the canary process was killed');
    assert.match(moduleOutput(dance.report, 'motd'), /^RESULT connect unix socket: (?!ok)/m);
    assert.deepEqual(listeners.connections, [], "a host server (loopback, unix socket) was reached");
    assertHostUnchanged(host, started);
    assertNoTokenFiles(repo);
  });
});
