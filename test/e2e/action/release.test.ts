/**
 * Mode release end to end under @github/local-action: apply on a fresh copy of the chroot root,
 * a second noop that must change nothing (naming the file and module that is not idempotent),
 * and the budget gate against base reports from a directory.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DanceReport } from '../../../src/model/dance-report';
import { testRootfs } from '../../helpers/rootfs';
import { leftovers, NOTHING_LEFT } from './cleanup-check';
import { makeFixture, type Fixture } from './fixture-repo';
import { githubEnv, makeStepFiles, type StepFiles } from './github-env';
import { runLocalAction, type LocalActionResult } from './local-action';

describe('mode release (local-action, chroot driver)', () => {
  let fixture: Fixture;
  let files: StepFiles;
  let good: LocalActionResult;
  let bad: LocalActionResult;
  let baseDir: string;

  before(async () => {
    fixture = makeFixture();
    files = makeStepFiles();
    const env = githubEnv({ workspace: fixture.workspace, files, eventName: 'push', sha: fixture.head });
    const common = { mode: 'release', repo: 'infra', root: testRootfs(), comment: 'false' };
    good = await runLocalAction(files, env, { ...common, nodes: 'app1', budget: 'mem_max: 1GB' });

    // The base: app1's apply as if it had been a thousand times faster.
    const report = JSON.parse(readFileSync(join(good.outputs.reports!, 'apply/app1.json'), 'utf8')) as DanceReport;
    for (const module of report.modules) for (const step of module.steps) step.metrics.time_real /= 1000;
    baseDir = join(files.root, 'base-reports');
    mkdirSync(join(baseDir, 'apply'), { recursive: true });
    writeFileSync(join(baseDir, 'apply/app1.json'), JSON.stringify(report));
    bad = await runLocalAction(files, env, { ...common, nodes: 'app1 counter1', budget: 'time_real: +20%\nmem_max: 200MB', 'base-reports': baseDir });
  });
  after(() => fixture.git.cleanup());

  it('passes an idempotent node within budget', () => {
    assert.equal(good.failed, undefined, good.stdout);
    assert.equal(good.outputs.status, 'passed');
    assert.deepEqual(JSON.parse(good.outputs['changed-nodes']!), ['app1']);
    assert.match(good.summary, /\*\*Idempotent\*\*: 1 node changed nothing on the second dance/);
    assert.match(good.summary, /\*\*Within budget\*\* \(`mem_max: 1GB`\)/);
  });

  it('applies on a fresh copy, never on the given root', () => {
    const apply = JSON.parse(readFileSync(join(good.outputs.reports!, 'apply/app1.json'), 'utf8')) as DanceReport;
    assert.equal(apply.mode, 'apply');
    assert.notEqual(apply.root, testRootfs());
    assert.ok(!existsSync(join(testRootfs(), 'etc/app')), 'the shared test root is untouched');
    const verify = JSON.parse(readFileSync(join(good.outputs.reports!, 'verify/app1.json'), 'utf8')) as DanceReport;
    assert.equal(verify.root, apply.root);
    assert.equal(verify.modules.flatMap((m) => m.changes).length, 0);
  });

  it('fails a node that is not idempotent, naming the file and the module', () => {
    assert.match(bad.failed ?? '', /counter1: not idempotent: \/etc\/counter\.log would be modified again by module counter \(modules\/counter\/scripts\/10-count\.sh\)/);
    assert.match(bad.summary, /\*\*Not idempotent\*\*/);
  });

  it('fails a budget breach against the base reports', () => {
    assert.match(bad.failed ?? '', /budget: app1 time_real [\d.]+ s is \+\d+% over the base [\d.]+ s \(budget 'time_real: \+20%'\)/);
    assert.match(bad.summary, /\*\*Over budget\*\*/);
    assert.match(bad.summary, /counter1 time_real: no base report to compare with/);
    assert.equal(bad.outputs.status, 'failed');
  });

  it('puts apply and verify suites in the JUnit file', () => {
    const xml = readFileSync(bad.outputs.junit!, 'utf8');
    for (const suite of ['app1 (apply)', 'counter1 (apply)', 'app1 (noop)', 'counter1 (noop)']) assert.ok(xml.includes(`<testsuite name="${suite}"`), suite);
  });

  it('removes the copies and everything else it made', () => {
    assert.deepEqual(leftovers(files.runnerTemp, fixture.workspace), NOTHING_LEFT);
  });
});
