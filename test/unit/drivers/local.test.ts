/** The local driver never applies to this machine unless told to (no dance runs here: create only). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DanceJob, Progress } from '../../../src/drivers/driver';
import { LocalDriver, type LocalState } from '../../../src/drivers/local';

const progress: Progress = { info: () => undefined, group: (_t, work) => work() };
const job = (mode: DanceJob['mode']): DanceJob => ({ node: 'web1', label: 'x', repo: '/repo', mode, reportPath: '/tmp/r.json' });

describe('local driver', () => {
  it('refuses an apply job unless apply is allowed', async () => {
    const state: LocalState = { driver: 'local' };
    await assert.rejects(new LocalDriver({ workDir: '/tmp/w' }).create(state, [job('noop'), job('apply')], progress), /would apply web1 to this machine's \//);
    assert.equal(state.scratch, undefined, 'nothing recorded, nothing created');
  });

  it('accepts noop jobs, and apply when allowed', async () => {
    for (const [jobs, allowApply] of [[[job('noop')], false], [[job('apply')], true]] as const) {
      const state: LocalState = { driver: 'local' };
      await new LocalDriver({ workDir: '/tmp/w', allowApply }).create(state, [...jobs], progress);
      assert.equal(state.scratch, '/tmp/w/engine');
    }
  });
});
