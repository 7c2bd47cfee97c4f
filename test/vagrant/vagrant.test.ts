/**
 * `npm run test:vagrant`: the vagrant driver for real. Packages installed when missing, libvirt in
 * a network namespace of our own, disco's box built (or reused from its cache), then:
 *   1. one VM dances two nodes on a base and a head tree; every report matches the same dance run
 *      locally on the test rootfs (changes, blocked commands, outcomes);
 *   2. SIGINT mid-boot, 3. SIGKILL mid-boot + `vm-destroy` from another process,
 *   4. SIGINT mid-dance with two VMs booted in parallel —
 * each followed by a check that no libvirt domain or volume of ours is left. Needs root.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { readReport } from '../../src/report/read-report';
import { testRootfs } from '../helpers/rootfs';
import { facts } from './compare';
import { assertNoLeftovers as noLeftoversOn, prepareVagrantHost } from './host-setup';
import type { LibvirtHost } from './libvirt-host';
import { makeTrees, type Trees } from './trees';
import { localDance, runCli, secondsFrom } from './vm-run';

const MINUTE = 60_000;
const log = (line: string): void => void process.stdout.write(`# ${line}\n`);
const measured: string[] = [];
const measure = (what: string, seconds: number | undefined): void => {
  if (seconds !== undefined) measured.push(`${what}: ${seconds.toFixed(1)} s`);
};

const isRoot = process.getuid?.() === 0;

describe('vagrant driver on real VMs', { skip: isRoot ? false : 'needs root (libvirt, namespaces, debootstrap)' }, () => {
  let scratch: string;
  let host: LibvirtHost | undefined;
  let trees: Trees;
  let rootfs: string;

  before(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'disco-vagrant-test-'));
    host = await prepareVagrantHost(scratch, log, measure);
    rootfs = testRootfs();
    trees = makeTrees(scratch);
    log(`trees from ${trees.source}, nodes ${trees.nodes.join(' and ')}`);
  });

  after(() => {
    host?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    log('measured on this machine:');
    for (const line of measured) log(`  ${line}`);
  });

  const assertNoLeftovers = (): void => noLeftoversOn(host!);

  const stateOf = (out: string): { dir: string; destroyed?: boolean } => JSON.parse(readFileSync(join(out, 'vagrant-state.json'), 'utf8'));

  test('one VM: two nodes × base and head, reports equal to local dances', { timeout: 15 * MINUTE }, async () => {
    const out = join(scratch, 'main');
    const [a, b] = trees.nodes;
    const run = await runCli(host!, ['vm-dance', '--repo', trees.head, '--base-repo', trees.base, '--node', a, '--node', b, '--out', out]);
    mkdirSync(join(scratch, 'local'), { recursive: true });
    let allPassed = true;
    for (const [label, repo] of [['base', trees.base], ['head', trees.head]] as const) {
      for (const node of trees.nodes) {
        const localJson = join(scratch, 'local', `${label}-${node}.json`);
        allPassed &&= localDance(repo, node, rootfs, localJson) === 0;
        const vm = readReport(join(out, label, `${node}.json`));
        assert.equal(vm.node, node);
        assert.deepEqual(facts(vm), facts(readReport(localJson)), `${label} ${node}: VM and local dances differ`);
      }
    }
    assert.equal(run.code, allPassed ? 0 : 1, run.lines.slice(-5).join('\n'));
    const base = facts(readReport(join(out, 'base', `${a}.json`)));
    const head = facts(readReport(join(out, 'head', `${a}.json`)));
    assert.notDeepEqual(base.changes, head.changes, 'base and head trees should differ in one template');
    assert.ok(!existsSync(stateOf(out).dir));
    assertNoLeftovers();
    measure('boot, 1 VM', secondsFrom(run.lines, /booted 1 VM\(s\) in ([\d.]+) s/)[0]);
    measure('upload of engine + 2 trees', secondsFrom(run.lines, /uploaded in ([\d.]+) s/)[0]);
    for (const [i, seconds] of secondsFrom(run.lines, /\) (?:passed|failed) in ([\d.]+) s/).entries()) measure(`dance ${i + 1} of 4`, seconds);
    measure('all dances incl. upload and report download', secondsFrom(run.lines, /danced \d+ job\(s\) in ([\d.]+) s/)[0]);
    measure('destroy', secondsFrom(run.lines, /destroyed in ([\d.]+) s/)[0]);
    measure('vm-dance end to end', run.ms / 1000);
  });

  test('SIGINT mid-boot: vagrant stopped, VM destroyed, exit 130', { timeout: 10 * MINUTE }, async () => {
    const out = join(scratch, 'int-boot');
    const run = await runCli(host!, ['vm-dance', '--repo', trees.head, '--node', trees.nodes[0], '--out', out], {
      when: /Waiting for domain to get an IP address/,
      signal: 'SIGINT',
      delayMs: 3000,
    });
    assert.equal(run.code, 130, run.lines.slice(-5).join('\n'));
    assert.equal(stateOf(out).destroyed, true);
    assertNoLeftovers();
    measure('SIGINT mid-boot → exit', (run.ms - (run.signalledAt ?? run.ms)) / 1000);
  });

  test('SIGKILL mid-boot, then vm-destroy from another process', { timeout: 10 * MINUTE }, async () => {
    const out = join(scratch, 'kill-boot');
    const run = await runCli(host!, ['vm-dance', '--repo', trees.head, '--node', trees.nodes[0], '--out', out], {
      when: /Starting domain/,
      signal: 'SIGKILL',
      delayMs: 2000,
    });
    assert.equal(run.signal, 'SIGKILL');
    assert.notEqual(stateOf(out).destroyed, true);
    const destroy = await runCli(host!, ['vm-destroy', '--state', join(out, 'vagrant-state.json')]);
    assert.equal(destroy.code, 0, destroy.lines.join('\n'));
    assert.equal(stateOf(out).destroyed, true);
    assertNoLeftovers();
    measure('vm-destroy after SIGKILL', destroy.ms / 1000);
  });

  test('two VMs in parallel, SIGINT mid-dance: everything destroyed, exit 130', { timeout: 15 * MINUTE }, async () => {
    const out = join(scratch, 'int-dance');
    const [a, b] = trees.nodes;
    const run = await runCli(host!, ['vm-dance', '--repo', trees.head, '--node', a, '--node', b, '--vms', '2', '--out', out], {
      when: /: dance \S+ \(head, noop\)/,
      signal: 'SIGINT',
      delayMs: 1000,
    });
    assert.equal(run.code, 130, run.lines.slice(-5).join('\n'));
    assert.ok(run.lines.some((line) => /booted 2 VM\(s\)/.test(line)), 'both VMs should have booted');
    assert.equal(stateOf(out).destroyed, true);
    assertNoLeftovers();
    measure('boot, 2 VMs in parallel', secondsFrom(run.lines, /booted 2 VM\(s\) in ([\d.]+) s/)[0]);
    measure('SIGINT mid-dance → exit', (run.ms - (run.signalledAt ?? run.ms)) / 1000);
  });
});
