/** Mode logic over the fake driver: which dances run in which order, and what the gates decide. */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseBudget } from '../../../src/action/budget';
import { driftMode } from '../../../src/action/mode-drift';
import { releaseMode } from '../../../src/action/mode-release';
import type { DanceJob } from '../../../src/drivers/driver';
import { cannedReport } from '../../../src/drivers/fake';
import type { DanceReport } from '../../../src/model/dance-report';
import { zeroMetrics } from '../../../src/engine/metrics';
import { fakeSession } from './fake-session';

/** A canned report with `changes` created files in module m (a script made them). */
function withChanges(job: DanceJob, changes: number, failed = false): DanceReport {
  return {
    ...cannedReport(job),
    status: failed ? 'failed' : 'passed',
    order: ['m'],
    modules: [{
      name: 'm', status: failed ? 'failed' : 'passed', blocked: [],
      steps: [{ kind: 'script', name: '10.sh', source: 'modules/m/scripts/10.sh', exitCode: failed ? 1 : 0, output: '', metrics: { ...zeroMetrics(), time_real: 2 } }],
      changes: Array.from({ length: changes }, (_, i) => ({ path: `/etc/m/${i}`, action: 'created' as const, type: 'file' as const })),
    }],
  };
}

describe('mode drift', () => {
  it('dances every node noop and puts the drifted ones first', async () => {
    const calls: string[] = [];
    const session = fakeSession({ mode: 'drift' }, { calls, report: (job) => withChanges(job, job.node === 'b' ? 2 : 0) });
    const result = await driftMode.run(session, { nodes: ['a', 'b', 'c'] });
    assert.deepEqual(calls, ['create 3', 'dance a drift', 'dance b drift', 'dance c drift', 'destroy']);
    assert.deepEqual(result.shown.map((r) => r.node), ['b', 'a', 'c']);
    assert.deepEqual(result.preface, ['**Drift on 1 of 3 nodes**: `b` (2 changes).']);
    assert.ok(existsSync(join(session.reportsDir, 'drift/b.json')));
  });

  it('turns an engine error into a failed report in the reports output', async () => {
    const session = fakeSession({ mode: 'drift' }, { report: (job) => (job.node === 'a' ? 'machine lost' : cannedReport(job)) });
    const result = await driftMode.run(session, { nodes: ['a'] });
    assert.equal(result.shown[0]!.status, 'failed');
    assert.match(result.shown[0]!.errors[0]!.message, /drift dance did not run to a report: machine lost/);
    assert.ok(existsSync(join(session.reportsDir, 'drift/a.json')));
  });

  it('only plans shards when asked', async () => {
    const calls: string[] = [];
    const result = await driftMode.run(fakeSession({ mode: 'drift', shards: 2 }, { calls }), { nodes: ['a', 'b', 'c'] });
    assert.deepEqual(result.matrix, { include: [{ shard: 1, nodes: 'a b' }, { shard: 2, nodes: 'c' }] });
    assert.deepEqual(calls, []);
  });
});

describe('mode release', () => {
  it('applies every node, then verifies those whose apply passed, on the same machines', async () => {
    const calls: string[] = [];
    const session = fakeSession({ mode: 'release' }, { calls, report: (job) => withChanges(job, job.label === 'apply' ? 1 : 0, job.node === 'b' && job.label === 'apply') });
    const result = await releaseMode.run(session, { nodes: ['a', 'b'], base: [] });
    assert.deepEqual(calls, ['create 4', 'dance a apply', 'dance b apply', 'dance a verify', 'destroy']);
    assert.deepEqual(result.gates, []);
    assert.match(result.preface[0]!, /^\*\*Idempotent\*\*: 1 node changed nothing on the second dance\. Not checked \(apply failed\): b\.$/);
    assert.deepEqual(result.counted.map((r) => r.node), ['a', 'b']);
  });

  it('fails a second dance that still changes something, and a breached budget', async () => {
    const session = fakeSession({ mode: 'release', budget: parseBudget('time_real: 1s') }, { report: (job) => withChanges(job, 1) });
    const result = await releaseMode.run(session, { nodes: ['a'], base: [] });
    assert.deepEqual(result.gates, [
      'a: not idempotent: /etc/m/0 would be created again by module m (modules/m/scripts/10.sh)',
      "budget: a time_real 2.00 s is over 1.00 s (budget 'time_real: 1s')",
    ]);
  });

  it('says when relative rules had no base to compare with', async () => {
    const session = fakeSession({ mode: 'release', budget: parseBudget('time_real: +10%') }, {});
    const result = await releaseMode.run(session, { nodes: ['a'], base: [] });
    assert.ok(result.preface.includes('Budget: no `base-reports` given, so rules relative to a base were not checked.'));
    assert.deepEqual(result.gates, []);
  });
});
