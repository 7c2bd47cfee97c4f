/**
 * The action's pr mode with `driver: vagrant`, end to end under @github/local-action (main, then
 * post, as in test/e2e/action/pr.test.ts): the fixture repository's base and head commits, one VM
 * for the affected nodes (web1, web2) on both, the sticky comment sent to a fake GitHub API.
 * local-action itself runs inside the test's network namespace (vagrant and ssh must reach the VM
 * there); the fake API is relayed into it. The reports must equal those the chroot driver writes
 * for the same commits, and nothing of the VM may be left afterwards. Needs root.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { defaultCacheDir } from '../../src/drivers/vagrant/box';
import { readReport } from '../../src/report/read-report';
import { testRootfs } from '../helpers/rootfs';
import { leftovers, NOTHING_LEFT } from '../e2e/action/cleanup-check';
import { FakeGitHub } from '../e2e/action/fake-github';
import { makeFixture, writeEvent, type Fixture } from '../e2e/action/fixture-repo';
import { githubEnv, makeStepFiles, type StepFiles } from '../e2e/action/github-env';
import { runLocalAction, type LocalActionResult } from '../e2e/action/local-action';
import { facts } from './compare';
import { assertNoLeftovers, prepareVagrantHost } from './host-setup';
import type { LibvirtHost } from './libvirt-host';
import { forwardIntoNetns, type NetnsForward } from './netns-forward';

const MINUTE = 60_000;
const log = (line: string): void => void process.stdout.write(`# ${line}\n`);
const isRoot = process.getuid?.() === 0;
const NODES = ['web1', 'web2'];
const jobsDir = join(defaultCacheDir(), 'jobs');
const jobDirs = (): string[] => (existsSync(jobsDir) ? readdirSync(jobsDir).sort() : []);

/** Echoes a long run's output line by line, indented, as vm-run does for the CLI. */
function echoer(): (chunk: string) => void {
  let pending = '';
  return (chunk) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) process.stdout.write(`    | ${line}\n`);
  };
}

describe('action pr mode with driver vagrant (local-action)', { skip: isRoot ? false : 'needs root (libvirt, namespaces)', timeout: 20 * MINUTE }, () => {
  let scratch: string;
  let host: LibvirtHost | undefined;
  let forward: NetnsForward | undefined;
  let fixture: Fixture | undefined;
  let github: FakeGitHub | undefined;
  let files: StepFiles;
  let vm: LocalActionResult;
  let chroot: LocalActionResult;
  let jobsBefore: string[];

  before(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'disco-vagrant-action-'));
    host = await prepareVagrantHost(scratch, log);
    const root = testRootfs();
    fixture = makeFixture();
    github = new FakeGitHub();
    const apiUrl = await github.start();
    forward = await forwardIntoNetns(host, apiUrl, scratch);
    const event = writeEvent(fixture);
    const common = { mode: 'pr', repo: 'infra', 'github-token': 'tok-123', 'junit-path': 'out/junit.xml' };
    jobsBefore = jobDirs();

    files = makeStepFiles();
    const env = githubEnv({ workspace: fixture.workspace, files, apiUrl: forward.url, eventPath: event, sha: fixture.head });
    vm = await runLocalAction(files, { ...env, npm_config_update_notifier: 'false' }, { ...common, driver: 'vagrant' }, { prefix: host.inNetns([]), echo: echoer() });
    log(`pr mode, vagrant driver, main + post under local-action: ${(vm.ms / 1000).toFixed(1)} s`);

    // The baseline: the same commits through the chroot driver, on the host, without a comment.
    const chrootFiles = makeStepFiles();
    const chrootEnv = githubEnv({ workspace: fixture.workspace, files: chrootFiles, apiUrl, eventPath: event, sha: fixture.head });
    chroot = await runLocalAction(chrootFiles, chrootEnv, { ...common, driver: 'chroot', root, comment: 'false', 'junit-path': 'out/chroot-junit.xml' });
    log(`the same with the chroot driver: ${(chroot.ms / 1000).toFixed(1)} s`);
  });

  after(async () => {
    await forward?.stop();
    host?.stop();
    await github?.stop();
    fixture?.git.cleanup();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('ran main in one VM and passed, with its outputs set', () => {
    assert.equal(vm.status, 0, vm.stdout);
    assert.equal(vm.failed, undefined, vm.stdout);
    assert.match(vm.stdout, /booted 1 VM\(s\) in [\d.]+ s/);
    assert.match(vm.stdout, /danced 4 job\(s\) in [\d.]+ s/);
    assert.equal(vm.outputs.status, 'passed');
    assert.equal(vm.outputs['changed-nodes'], JSON.stringify(NODES));
    assert.equal(vm.outputs.junit, join(fixture!.workspace, 'out/junit.xml'));
    const reports = vm.outputs.reports!;
    assert.ok(reports && existsSync(reports), `reports output: ${reports}`);
    assert.deepEqual(readdirSync(join(reports, 'head')).sort(), NODES.map((n) => `${n}.json`));
    assert.deepEqual(readdirSync(join(reports, 'base')).sort(), NODES.map((n) => `${n}.json`));
  });

  it('wrote the JUnit file: one suite per head node', () => {
    const xml = readFileSync(join(fixture!.workspace, 'out/junit.xml'), 'utf8');
    for (const node of NODES) assert.match(xml, new RegExp(`<testsuite name="${node} \\(noop\\)"`));
    assert.doesNotMatch(xml, /db1/);
  });

  it('led the job summary with the delta', () => {
    const delta = vm.summary.indexOf('What this change alters');
    assert.ok(delta >= 0, vm.summary);
    assert.ok(delta < vm.summary.indexOf('<details>'));
    assert.match(vm.summary, /\/etc\/web\/web\.conf/);
  });

  it('posted the sticky comment through the relayed API', () => {
    assert.equal(github!.comments.length, 1, JSON.stringify(github!.requests, null, 1));
    const comment = github!.comments[0]!;
    assert.match(comment.body, /^<!-- disco:sticky-comment disco checks pr -->/);
    assert.match(comment.body, /web1/);
    assert.ok(github!.requests.every((r) => r.authorization === 'token tok-123'));
  });

  it('wrote the same reports as the chroot driver on the same commits', () => {
    assert.equal(chroot.outputs.status, 'passed', chroot.stdout);
    assert.equal(chroot.outputs['changed-nodes'], vm.outputs['changed-nodes']);
    for (const label of ['base', 'head']) {
      for (const node of NODES) {
        const inVm = readReport(join(vm.outputs.reports!, label, `${node}.json`));
        const inChroot = readReport(join(chroot.outputs.reports!, label, `${node}.json`));
        assert.equal(inVm.node, node);
        assert.deepEqual(facts(inVm), facts(inChroot), `${label} ${node}: vagrant and chroot reports differ`);
      }
    }
    const head = facts(readReport(join(vm.outputs.reports!, 'head', 'web1.json')));
    assert.notDeepEqual(head.changes, facts(readReport(join(vm.outputs.reports!, 'base', 'web1.json'))).changes);
    assert.ok(head.blocked.some((b) => /10-restart\.sh:2$/.test(b)), head.blocked.join('\n'));
    assert.equal(vm.outputs.changes, chroot.outputs.changes);
    assert.equal(vm.outputs.blocked, chroot.outputs.blocked);
  });

  it('ran post, and left no VM, volume, job directory, worktree, process or mount', () => {
    assert.match(vm.stdout, /disco: nothing to clean up|disco: cleaned up/);
    assertNoLeftovers(host!);
    assert.deepEqual(jobDirs(), jobsBefore, `job directories left under ${jobsDir}`);
    assert.deepEqual(leftovers(files.runnerTemp, fixture!.workspace), NOTHING_LEFT);
  });
});
