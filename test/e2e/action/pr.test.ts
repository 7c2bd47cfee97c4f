/**
 * Mode pr end to end under @github/local-action: a real git fixture (base and head commits), the
 * chroot driver on the test root, the PR comment API served by a fake GitHub on loopback.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { interpretRunnerLog } from '../../helpers/runner-commands';
import { testRootfs } from '../../helpers/rootfs';
import { leftovers, NOTHING_LEFT } from './cleanup-check';
import { FakeGitHub } from './fake-github';
import { makeFixture, writeEvent, type Fixture } from './fixture-repo';
import { githubEnv, makeStepFiles, type StepFiles } from './github-env';
import { runLocalAction, type LocalActionResult } from './local-action';

describe('mode pr (local-action, chroot driver)', () => {
  let fixture: Fixture;
  let github: FakeGitHub;
  let files: StepFiles;
  let first: LocalActionResult;
  let second: LocalActionResult;
  let env: Record<string, string>;
  const inputs = (): Record<string, string> => ({
    mode: 'pr', repo: 'infra', driver: 'chroot', root: testRootfs(), 'github-token': 'tok-123', 'junit-path': 'out/junit.xml',
  });

  before(async () => {
    fixture = makeFixture();
    github = new FakeGitHub();
    const apiUrl = await github.start();
    files = makeStepFiles();
    env = githubEnv({ workspace: fixture.workspace, files, apiUrl, eventPath: writeEvent(fixture), sha: fixture.head });
    first = await runLocalAction(files, env, inputs());
    second = await runLocalAction(files, env, inputs());
  });
  after(async () => {
    await github.stop();
    fixture.git.cleanup();
  });

  it('passes and sets its outputs', () => {
    assert.equal(first.failed, undefined, first.stdout);
    assert.equal(first.outputs.status, 'passed');
    assert.equal(first.outputs['changed-nodes'], '["web1","web2"]');
    assert.equal(first.outputs.blocked, '2');
    assert.ok(Number(first.outputs.changes) >= 4, first.outputs.changes);
    assert.equal(first.outputs.junit, join(fixture.workspace, 'out/junit.xml'));
  });

  it('dances the affected nodes on base and head, and only those', () => {
    const reports = first.outputs.reports!;
    for (const path of ['base/web1.json', 'base/web2.json', 'head/web1.json', 'head/web2.json']) assert.ok(existsSync(join(reports, path)), path);
    assert.ok(!existsSync(join(reports, 'head/db1.json')));
    const head = JSON.parse(readFileSync(join(reports, 'head/web1.json'), 'utf8'));
    const change = head.modules[0].changes.find((c: { path: string }) => c.path === '/etc/web/web.conf');
    assert.match(change.diff, /\+listen 80 default_server/);
  });

  it('writes one JUnit suite per head node', () => {
    const xml = readFileSync(first.outputs.junit!, 'utf8');
    assert.match(xml, /<testsuite name="web1 \(noop\)"/);
    assert.match(xml, /<testsuite name="web2 \(noop\)"/);
    assert.doesNotMatch(xml, /db1/);
    assert.match(xml, /file="modules\/web\/scripts\/20-hello.sh"/);
  });

  it('annotates at the module files, paths from the workspace root', () => {
    const acted = interpretRunnerLog(first.stdout);
    const warning = acted.find((c) => c.name === 'warning' && c.properties.title === 'Would execute');
    assert.deepEqual([warning?.properties.file, warning?.properties.line], ['infra/modules/web/scripts/10-restart.sh', '2']);
    assert.ok(acted.some((c) => c.name === 'notice' && c.properties.file === 'infra/modules/web/templates/etc/web/web.conf'));
    assert.match(first.stdout, /^info: 0 more annotations not shown/m);
  });

  it('leads the job summary with the delta', () => {
    const delta = first.summary.indexOf('What this change alters');
    assert.ok(delta >= 0, first.summary);
    assert.ok(delta < first.summary.indexOf('<details>'));
    assert.match(first.summary, /\/etc\/web\/web\.conf/);
  });

  it('posts one sticky comment, then updates it in place', () => {
    assert.equal(github.comments.length, 1, JSON.stringify(github.requests, null, 1));
    const comment = github.comments[0]!;
    assert.match(comment.body, /^<!-- disco:sticky-comment disco checks pr -->/);
    assert.match(comment.body, /web1/);
    const writes = github.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
    assert.deepEqual(writes, ['POST /repos/acme/site/issues/7/comments', `PATCH /repos/acme/site/issues/comments/${comment.id}`]);
    assert.ok(github.requests.every((r) => r.authorization === 'token tok-123'));
    assert.equal(second.outputs.status, 'passed');
  });

  it('leaves nothing behind: no worktree, no run directory, no process, no mount', () => {
    assert.deepEqual(leftovers(files.runnerTemp, fixture.workspace), NOTHING_LEFT);
    assert.match(first.stdout, /disco: nothing to clean up|disco: cleaned up/);
  });

  it("tells a fork why there is no comment, and keeps the summary", async () => {
    const forkFiles = makeStepFiles();
    const requests = github.requests.length;
    const fork = await runLocalAction(forkFiles, { ...env, ...githubEnv({ workspace: fixture.workspace, files: forkFiles, apiUrl: env.GITHUB_API_URL, eventPath: writeEvent(fixture, { fork: true }), sha: fixture.head }) }, { ...inputs(), nodes: 'web1' });
    assert.equal(github.requests.length, requests, 'no API call');
    assert.match(fork.stdout, /::notice title=disco::No pull request comment: this pull request comes from a fork/);
    assert.match(fork.summary, /comes from a fork.*The results are in this job summary/);
    assert.equal(fork.outputs.status, 'passed');
  });
});
