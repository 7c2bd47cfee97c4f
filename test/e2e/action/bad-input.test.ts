/**
 * Bad input through the shipped bundle (dist/main.js on Node 24, no node_modules): one clear
 * `::error::` line, exit 1, nothing saved for post, nothing created, and post has nothing to do.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { interpretRunnerLog } from '../../helpers/runner-commands';
import { testRootfs } from '../../helpers/rootfs';
import { leftovers, NOTHING_LEFT } from './cleanup-check';
import { makeFixture, writeEvent, type Fixture } from './fixture-repo';
import { githubEnv, makeStepFiles } from './github-env';
import { installAction, runJob } from './runner';

const CASES: Array<[string, Record<string, string>, RegExp]> = [
  ['an unknown mode', { mode: 'deploy' }, /^Input 'mode' is 'deploy': expected one of pr, drift, release, report$/],
  ['an unknown driver', { driver: 'docker' }, /^Input 'driver' is 'docker': expected one of vagrant, chroot, local$/],
  ['a budget that does not parse', { mode: 'release', budget: 'time_real: fast' }, /^budget: cannot read 'time_real: fast': expected "<metric>: \+N%"/],
  ['a base ref that does not exist', { 'base-ref': 'no-such-branch' }, /^base-ref 'no-such-branch' does not exist in .* \(with actions\/checkout, fetch it: fetch-depth: 0\)$/],
  ['a repo that is not a module repo', { repo: '.' }, /not a disco repository \(neither parameters\/ nor modules\/ exists\)$/],
  ['a node the repo does not have', { mode: 'drift', nodes: 'web1 ghost' }, /^Input 'nodes' names 'ghost', not a node of /],
  ['apply on this machine without permission', { mode: 'release', driver: 'local', root: '' }, /^mode 'release' with driver 'local' would apply to this machine's own \/: set allow-apply-local: true if that is what you want$/],
];

describe('bad input (dist/main.js on Node 24)', () => {
  let fixture: Fixture;
  let action: string;

  before(() => {
    fixture = makeFixture();
    action = installAction(makeStepFiles());
  });
  after(() => fixture.git.cleanup());

  for (const [what, inputs, message] of CASES) {
    it(`fails on ${what} with one line, and creates nothing`, async () => {
      const files = makeStepFiles();
      const env = githubEnv({ workspace: fixture.workspace, files, eventPath: writeEvent(fixture), sha: fixture.head });
      const job = await runJob(action, files, env, { repo: 'infra', root: testRootfs(), comment: 'false', ...inputs }, fixture.workspace);
      const errors = interpretRunnerLog(job.main.stdout).filter((c) => c.name === 'error');
      assert.equal(errors.length, 1, job.main.stdout);
      assert.match(errors[0]!.data, message);
      assert.equal(job.main.code, 1);
      assert.deepEqual(job.state, {}, 'nothing saved: main created nothing');
      assert.deepEqual(readdirSync(files.runnerTemp).filter((n) => !n.startsWith('disco-reports-')), []);
      assert.deepEqual(leftovers(files.runnerTemp, fixture.workspace), NOTHING_LEFT);
      assert.equal(job.post.code, 0);
      assert.doesNotMatch(job.post.stdout, /::(error|warning)/);
    });
  }
});
