/**
 * Fan-out end to end under @github/local-action: a planning step gives the matrix, each shard
 * dances its nodes and uploads its reports as an artifact (local-action's artifact stand-in keeps
 * zips in LOCAL_ACTION_ARTIFACT_PATH), and mode report merges the shards' reports — laid out as
 * actions/download-artifact lays them out — into one JUnit file, one summary and one comment.
 * (local-action keeps artifacts in memory per process, so the report step reads them through
 * `reports-from`; the download path is the same code after that.)
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { testRootfs } from '../../helpers/rootfs';
import { leftovers, NOTHING_LEFT } from './cleanup-check';
import { FakeGitHub } from './fake-github';
import { makeFixture, writeEvent, type Fixture } from './fixture-repo';
import { githubEnv, makeStepFiles } from './github-env';
import { runLocalAction, type LocalActionResult } from './local-action';

describe('fan-out: plan, shards, report (local-action)', () => {
  let fixture: Fixture;
  let github: FakeGitHub;
  let plan: LocalActionResult;
  let shards: LocalActionResult[];
  let report: LocalActionResult;
  let artifacts: string;
  let runnerTemps: string[];

  before(async () => {
    fixture = makeFixture();
    github = new FakeGitHub();
    const apiUrl = await github.start();
    const event = writeEvent(fixture);
    const job = (extra: Record<string, string> = {}): { files: ReturnType<typeof makeStepFiles>; env: Record<string, string> } => {
      const files = makeStepFiles();
      return { files, env: { ...githubEnv({ workspace: fixture.workspace, files, apiUrl, eventPath: event, sha: fixture.head }), ...extra } };
    };
    const common = { repo: 'infra', root: testRootfs(), 'github-token': 'tok' };

    const planJob = job();
    plan = await runLocalAction(planJob.files, planJob.env, { ...common, mode: 'pr', shards: '2' });
    const matrix = JSON.parse(plan.outputs.matrix!) as { include: Array<{ shard: number; nodes: string }> };

    artifacts = join(planJob.files.root, 'artifacts');
    mkdirSync(artifacts);
    const artifactEnv = { LOCAL_ACTION_ARTIFACT_PATH: artifacts, LOCAL_ACTION_WORKSPACE: fixture.workspace };
    const shardJobs = matrix.include.map(() => job(artifactEnv));
    shards = [];
    for (const [index, entry] of matrix.include.entries()) {
      const { files, env } = shardJobs[index]!;
      shards.push(await runLocalAction(files, env, { ...common, mode: 'pr', nodes: entry.nodes, comment: 'false', 'artifact-name': `disco-reports-${entry.shard}` }));
    }

    // What actions/download-artifact (pattern disco-reports-*) writes: one directory per artifact.
    const downloaded = join(planJob.files.root, 'downloaded');
    shards.forEach((shard, index) => cpSync(shard.outputs.reports!, join(downloaded, `disco-reports-${index + 1}`), { recursive: true }));
    const reportJob = job();
    report = await runLocalAction(reportJob.files, reportJob.env, { ...common, mode: 'report', 'reports-from': downloaded });
    runnerTemps = [planJob, ...shardJobs, reportJob].map((j) => j.files.runnerTemp);
  });
  after(async () => {
    await github.stop();
    fixture.git.cleanup();
  });

  it('plans a strategy.matrix of the affected nodes and dances nothing', () => {
    assert.deepEqual(JSON.parse(plan.outputs.matrix!), { include: [{ shard: 1, nodes: 'web1' }, { shard: 2, nodes: 'web2' }] });
    assert.deepEqual(readdirSync(plan.outputs.reports!), []);
    assert.equal(plan.outputs.junit, '');
  });

  it('has each shard dance its own nodes and upload them as an artifact', () => {
    assert.deepEqual(shards.map((s) => s.outputs['changed-nodes']), ['["web1"]', '["web2"]']);
    assert.deepEqual(readdirSync(artifacts).sort(), ['disco-reports-1.zip', 'disco-reports-2.zip']);
  });

  it('merges the shards into one JUnit file', () => {
    assert.equal(report.failed, undefined, report.stdout);
    const xml = readFileSync(report.outputs.junit!, 'utf8');
    assert.ok(xml.includes('<testsuite name="web1 (noop)"') && xml.includes('<testsuite name="web2 (noop)"'));
    for (const path of ['base/web1.json', 'head/web1.json', 'base/web2.json', 'head/web2.json']) assert.ok(existsSync(join(report.outputs.reports!, path)), path);
  });

  it('writes one summary, led by the delta of both shards', () => {
    assert.match(report.summary, /^Merged 4 reports from the shards\./);
    assert.match(report.summary, /What this change alters/);
    assert.match(report.summary, /<code>web1<\/code>[\s\S]*<code>web2<\/code>/);
    assert.deepEqual(JSON.parse(report.outputs['changed-nodes']!), ['web1', 'web2']);
  });

  it('posts one comment for the whole fan-out', () => {
    assert.equal(github.comments.length, 1);
    assert.match(github.comments[0]!.body, /^<!-- disco:sticky-comment disco checks report -->/);
  });

  it('leaves nothing behind in any job', () => {
    for (const temp of runnerTemps) assert.deepEqual(leftovers(temp, fixture.workspace), NOTHING_LEFT);
  });
});
