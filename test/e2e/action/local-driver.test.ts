/**
 * The local driver through the shipped bundle: a noop dance over this machine's own `/` (never an
 * apply: the test machine is not a target), with the report saying so and nothing left behind.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DanceReport } from '../../../src/model/dance-report';
import { leftovers, NOTHING_LEFT } from './cleanup-check';
import { makeFixture, type Fixture } from './fixture-repo';
import { githubEnv, makeStepFiles, type StepFiles } from './github-env';
import { installAction, runJob, type JobResult } from './runner';

describe('driver local (dist/ on Node 24)', () => {
  let fixture: Fixture;
  let files: StepFiles;
  let job: JobResult;

  before(async () => {
    fixture = makeFixture();
    files = makeStepFiles();
    const env = githubEnv({ workspace: fixture.workspace, files, eventName: 'schedule' });
    job = await runJob(installAction(files), files, env, { mode: 'drift', repo: 'infra', driver: 'local', nodes: 'db1', comment: 'false' }, fixture.workspace);
  });
  after(() => fixture.git.cleanup());

  it('dances noop over / and reports what would change there', () => {
    assert.equal(job.main.code, 0, job.main.stdout);
    const report = JSON.parse(readFileSync(join(job.outputs.reports!, 'drift/db1.json'), 'utf8')) as DanceReport;
    assert.equal(report.root, '/');
    assert.equal(report.mode, 'noop');
    assert.ok(report.modules[0]!.changes.some((c) => c.path === '/etc/db/db.conf'));
    assert.ok(!existsSync('/etc/db/db.conf'), 'nothing reached this machine');
    assert.match(job.main.stdout, /::group::db1 · drift \(noop, this machine\)/);
  });

  it('leaves nothing behind', () => {
    assert.equal(job.post.code, 0);
    assert.deepEqual(leftovers(files.runnerTemp, fixture.workspace), NOTHING_LEFT);
  });
});
