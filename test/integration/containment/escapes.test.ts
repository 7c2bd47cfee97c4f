/**
 * Containment, ways out: a noop dance whose modules try the classic chroot escape (perl and C),
 * /proc/<pid>/root and cwd, the host's own paths, symlinks and a FIFO planted in the io directory
 * where disco reads and writes step output, a template that swaps its output for the init's memory
 * map, the read-only repo and disco's own files, open_by_handle_at through every host-backed mount,
 * forged answers of disco's line protocol on every inherited descriptor, and chmod/chown/touch of
 * the sandbox's device nodes (which must not be the host's). The dance ends with a
 * report; the target root and the repo are byte-identical; no file appears outside the target; no
 * host secret reaches the report.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { testRootfs, treeHash } from '../../helpers/rootfs';
import {
  assertContained,
  assertFailed,
  assertHostUnchanged,
  assertNoTokenFiles,
  cleanUp,
  clockNow,
  hostFile,
  hostileRepo,
  hostOnlyNames,
  hostState,
  restoreHost,
  moduleOutput,
  noopDance,
  stepOutput,
  TOKEN,
  type DanceResult,
  type HostState,
} from './hostile';

const DEV_NODES = ['null', 'zero', 'full', 'random', 'urandom', 'tty'].map((name) => `/dev/${name}`);

/** Mode, owner and times of the host's device nodes: a bind-mounted node would show any change. */
const devNodes = (): string[] =>
  DEV_NODES.map((path) => {
    const st = statSync(path, { bigint: true });
    return `${path} ${st.mode} ${st.uid}:${st.gid} ${st.mtimeNs} ${st.ctimeNs}`;
  });

describe('containment: ways out of the sandbox', () => {
  const root = testRootfs();
  let nodesBefore: string[];
  let repo: string;
  let repoHash: string;
  let hashBefore: string;
  let host: HostState;
  let started: ReturnType<typeof clockNow>;
  let canary: { path: string; content: string };
  let secret: { path: string; content: string };
  let dance: DanceResult;

  before(() => {
    canary = hostFile('canary');
    secret = hostFile('secret');
    repo = hostileRepo('hostile-escape', 'hostile', {
      token: TOKEN,
      canary_path: canary.path,
      secret_path: secret.path,
      target_path: root,
    });
    repoHash = treeHash(repo);
    hashBefore = treeHash(root);
    nodesBefore = devNodes();
    host = hostState();
    started = clockNow();
    dance = noopDance(repo, 'hostile', root);
  });

  after(() => {
    restoreHost(host, started);
    cleanUp();
  });

  it('ends with a report of every module, and leaves the target and the repo byte-identical', () => {
    assert.deepEqual(dance.report.modules.map((m) => m.name).sort(), [
      'chroot-escape', 'dev-nodes', 'forged-protocol', 'handle-escape', 'host-paths', 'io-links', 'io-template', 'proc-root', 'repo-write',
    ]);
    assert.equal(treeHash(root), hashBefore, 'the target root changed');
    assert.equal(treeHash(repo), repoHash, 'the module repository changed');
  });

  it('stays in the sandbox after the classic chroot escape (perl and C)', () => {
    const output = moduleOutput(dance.report, 'chroot-escape');
    assertContained(output, 'chroot escape');
    const listings = [...output.matchAll(/^LISTING \/: (.*)$/gm)].map((m) => m[1].split(' ').map((p) => p.replace(/^\//, '')));
    assert.equal(listings.length, 2, output);
    for (const listing of listings) {
      // What it found at the top is the sandbox's root (the target's names), nothing only the host has.
      assert.ok(listing.includes('run') && listing.includes('etc'), output);
      for (const name of hostOnlyNames(root)) assert.ok(!listing.includes(name), `the escape saw the host's /${name}`);
    }
    // Its files landed in the overlay: reported as would-be changes, not on the host.
    const created = dance.report.modules.find((m) => m.name === 'chroot-escape')!.changes.map((c) => c.path);
    assert.ok(created.includes(`/disco-escape-${TOKEN}-perl`) && created.includes(`/disco-escape-${TOKEN}-chroot`), created.join(' '));
  });

  it('writes through /proc/*/root only into the overlay', () => {
    const output = moduleOutput(dance.report, 'proc-root');
    assertContained(output, '/proc/*/root');
    assertFailed(output, 'write via /proc/1/root', 'write via /proc/1/cwd', 'list /proc/1/root');
    assert.deepEqual(
      dance.report.modules.find((m) => m.name === 'proc-root')!.changes.map((c) => c.path),
      [`/disco-escape-${TOKEN}-proc`],
    );
  });

  it("writes to the host's own paths land in the overlay: the host canary and secret are untouched", () => {
    const output = moduleOutput(dance.report, 'host-paths');
    assertContained(output, 'host paths');
    assert.equal(readFileSync(canary.path, 'utf8'), canary.content, 'the host canary file changed');
    assert.ok(existsSync(secret.path), 'the host secret file was deleted');
    const paths = dance.report.modules.find((m) => m.name === 'host-paths')!.changes.map((c) => c.path);
    assert.ok(paths.includes(`/root/disco-escape-${TOKEN}`) && paths.includes(canary.path), paths.join(' '));
  });

  it('keeps step output intact and the dance moving whatever is planted in the io directory', () => {
    const output = moduleOutput(dance.report, 'io-links');
    assertContained(output, 'io links');
    assert.match(stepOutput(dance.report, 'io-links', '20-victim.sh'), /VICTIM-ONE output/);
    assert.match(stepOutput(dance.report, 'io-links', '30-victim.sh'), /VICTIM-TWO output/);
    assert.ok(!dance.json.includes(secret.content.trim()), 'a host secret reached the report');
  });

  it('installs what a template printed, never a file only the init could read', () => {
    const changes = dance.report.modules.find((m) => m.name === 'io-template')!.changes;
    for (const target of ['/etc/disco-maps.conf', '/etc/disco-environ.conf', '/etc/disco-fifo.conf']) {
      const change = changes.find((c) => c.path === target);
      const step = dance.report.modules.find((m) => m.name === 'io-template')!.steps.find((s) => s.name === target)!;
      // Either the template's own output, or the step failed and nothing was written.
      if (change) assert.equal(change.diff?.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++')).join('\n'), '+template printed this', target);
      else assert.notEqual(step.exitCode, 0, target);
    }
    assert.doesNotMatch(dance.json, /disco-sandbox|\[stack\]|BASH_ENV=/);
  });

  it('cannot change the read-only repo or disco\'s own files', () => {
    const output = moduleOutput(dance.report, 'repo-write');
    assertContained(output, 'repo writes');
    assertFailed(output, 'write in repo', 'append to own script', 'chmod repo', 'rm -rf repo', 'overwrite prelude', 'overwrite disco-param');
  });

  it('cannot open files by handle through host-backed mounts (open_by_handle_at)', () => {
    const output = moduleOutput(dance.report, 'handle-escape');
    assertContained(output, 'file handles');
    assert.doesNotMatch(output, /RESULT open_by_handle_at[^:]*: ok/);
  });

  it('cannot forge answers of the line protocol or reach disco through inherited descriptors', () => {
    const output = moduleOutput(dance.report, 'forged-protocol');
    assertContained(output, 'forged protocol');
    assert.doesNotMatch(output, /^INHERITED fd/m, 'a step inherited descriptors beyond 0-2');
    for (const module of dance.report.modules) for (const change of module.changes) assert.doesNotMatch(change.path, /(^|\/)\.\.(\/|$)/);
    assert.ok(!dance.json.includes(secret.content.trim()), 'a host secret reached the report');
  });

  it("changes only the sandbox's own device nodes, never the host's", () => {
    const output = moduleOutput(dance.report, 'dev-nodes');
    assertContained(output, 'device nodes');
    assert.match(output, /RESULT chmod \/dev\/null/);
    assert.match(output, /^NULL WORKS$/m);
    assert.match(output, /^ZERO WORKS$/m);
    assert.deepEqual(devNodes(), nodesBefore, "the host's device nodes changed");
  });

  it('leaves the host as it was: no new file outside the target', () => {
    assertHostUnchanged(host, started);
    assertNoTokenFiles(repo);
    assert.equal(readFileSync(canary.path, 'utf8'), canary.content);
    assert.equal(readFileSync(secret.path, 'utf8'), secret.content);
  });
});
