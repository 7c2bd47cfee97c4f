/**
 * Mode drift end to end under @github/local-action: every node's noop against the chroot root;
 * drifted nodes first; `fail-on: changes` fails the job; hostile script output stays inert.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { interpretRunnerLog } from '../../helpers/runner-commands';
import { testRootfs } from '../../helpers/rootfs';
import { leftovers, NOTHING_LEFT } from './cleanup-check';
import { FakeGitHub } from './fake-github';
import { makeFixture, type Fixture } from './fixture-repo';
import { githubEnv, makeStepFiles, type StepFiles } from './github-env';
import { runLocalAction, type LocalActionResult } from './local-action';

describe('mode drift (local-action, chroot driver)', () => {
  let fixture: Fixture;
  let github: FakeGitHub;
  let files: StepFiles;
  let result: LocalActionResult;

  before(async () => {
    fixture = makeFixture();
    github = new FakeGitHub();
    const apiUrl = await github.start();
    files = makeStepFiles();
    const env = githubEnv({ workspace: fixture.workspace, files, apiUrl, eventName: 'schedule', sha: fixture.head });
    result = await runLocalAction(files, env, { mode: 'drift', repo: 'infra', root: testRootfs(), 'fail-on': 'changes', 'github-token': 'tok' });
  });
  after(async () => {
    await github.stop();
    fixture.git.cleanup();
  });

  it('fails on drift, naming the drifted nodes', () => {
    assert.match(result.failed ?? '', /^disco drift: .*changes on 5 nodes \(fail-on: changes\): app1, counter1, db1, web1, web2$/);
    assert.equal(result.outputs.status, 'failed');
    assert.deepEqual(JSON.parse(result.outputs['changed-nodes']!), ['app1', 'counter1', 'db1', 'web1', 'web2']);
  });

  it('names the drifted nodes first in the summary', () => {
    assert.match(result.summary, /^\*\*Drift on 5 of 6 nodes\*\*: `app1` \(\d+ changes?\)/);
    const rows = [...result.summary.matchAll(/^\| <code>([a-z0-9]+)<\/code> \(noop\)/gm)].map((m) => m[1]);
    assert.equal(rows.at(-1), 'quiet1', rows.join(' '));
  });

  it('writes one JUnit suite per node', () => {
    const xml = readFileSync(result.outputs.junit!, 'utf8');
    assert.equal([...xml.matchAll(/<testsuite name="/g)].length, 6);
  });

  it('keeps what scripts print from acting as workflow commands', () => {
    assert.match(result.stdout, /::set-output name=status::pwned/, 'the script did print it');
    const acted = interpretRunnerLog(result.stdout);
    assert.ok(!acted.some((c) => c.data.includes('pwned') || c.data.includes('legacy command') || c.data.includes('from a script')));
  });

  it('groups the log per node and phase', () => {
    for (const node of ['app1', 'counter1', 'db1', 'quiet1', 'web1', 'web2']) assert.match(result.stdout, new RegExp(`::group::${node} · drift \\(noop\\)`));
  });

  it('comments nothing outside a pull request, and leaves nothing behind', () => {
    assert.equal(github.requests.length, 0);
    assert.deepEqual(leftovers(files.runnerTemp, fixture.workspace), NOTHING_LEFT);
  });
});
