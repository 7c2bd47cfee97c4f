/** The lifecycle over the fake driver: create → dance → destroy, destroy always, state saved first. */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { DanceJob, Progress } from '../../../src/drivers/driver';
import { FakeDriver, type FakeState, type FakeStep } from '../../../src/drivers/fake';
import { runJobs, withMachines } from '../../../src/drivers/run-jobs';

const root = mkdtempSync(join(tmpdir(), 'disco-run-jobs-'));
after(() => rmSync(root, { recursive: true, force: true }));

const job = (node: string, label = 'head'): DanceJob => ({ node, label, repo: '/repo', mode: 'noop', reportPath: join(root, label, `${node}.json`) });

function setup(failAt?: FakeStep) {
  const calls: string[] = [];
  const lines: string[] = [];
  const saved: string[] = [];
  const state: FakeState = { driver: 'fake' };
  const progress: Progress = { info: (l) => lines.push(l), group: (_t, work) => work() };
  const driver = new FakeDriver({ workDir: root, failAt, calls });
  const life = { driver, state, jobs: [job('a'), job('b')], progress, save: (s: object) => saved.push(JSON.stringify(s)) };
  return { calls, lines, saved, state, life };
}

describe('runJobs', () => {
  it('creates, dances every job, destroys', async () => {
    const { calls, saved, state, life } = setup();
    const outcomes = await runJobs(life);
    assert.deepEqual(calls, ['create 2', 'dance a head', 'dance b head', 'destroy']);
    assert.deepEqual(outcomes.map((o) => [o.job.node, o.report?.status]), [['a', 'passed'], ['b', 'passed']]);
    assert.ok(saved.some((s) => s.includes('fake-machine')), 'the marker was saved before it was made');
    assert.equal(state.marker, undefined);
    assert.ok(!existsSync(join(root, 'fake-machine')));
  });

  for (const failAt of ['create', 'dance'] as const) {
    it(`destroys when ${failAt} fails, and says which phase of which driver failed`, async () => {
      const { calls, life } = setup(failAt);
      await assert.rejects(runJobs(life), new RegExp(`^Error: Failed to ${failAt} \\(fake\\): fake ${failAt} failed$`));
      assert.equal(calls.at(-1), 'destroy');
      assert.ok(!existsSync(join(root, 'fake-machine')));
    });
  }

  it('keeps the results when destroy fails, warns, and leaves the state for post', async () => {
    const { lines, state, life } = setup('destroy');
    const outcomes = await runJobs(life);
    assert.equal(outcomes.length, 2);
    assert.deepEqual(lines, ['warning: Failed to destroy (fake): fake destroy failed; the post step tries again']);
    assert.ok(state.marker, 'still in state: post destroys it');
  });

  it('dances several batches between one create and one destroy', async () => {
    const { calls, life } = setup();
    await withMachines(life, async (dance) => {
      await dance([job('a', 'apply')]);
      await dance([job('a', 'verify')]);
    });
    assert.deepEqual(calls, ['create 2', 'dance a apply', 'dance a verify', 'destroy']);
  });

  it('destroys from state alone, twice without harm', async () => {
    const { state, life } = setup();
    await life.driver.create(state, life.jobs, life.progress);
    const fresh = new FakeDriver({ workDir: root });
    await fresh.destroy(state);
    await fresh.destroy(state);
    assert.ok(!existsSync(join(root, 'fake-machine')));
  });
});
