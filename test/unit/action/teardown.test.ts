/** Post's cleanup from saved state alone: state read as the runner passes it, everything removed, problems as lines. */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { State } from '../../../src/action/constants';
import { loadRunState } from '../../../src/action/state';
import { teardown } from '../../../src/action/teardown';
import type { Progress } from '../../../src/drivers/driver';

const root = mkdtempSync(join(tmpdir(), 'disco-teardown-'));
after(() => rmSync(root, { recursive: true, force: true }));
const progress: Progress = { info: () => undefined, group: (_t, work) => work() };

describe('post cleanup', () => {
  it('reads the state main saved (STATE_* variables)', () => {
    process.env[`STATE_${State.WorkDir}`] = '/tmp/run';
    process.env[`STATE_${State.Worktrees}`] = '[{"git":"/ws","path":"/tmp/run/worktrees/base"}]';
    process.env[`STATE_${State.Driver}`] = '{"driver":""}';
    try {
      assert.deepEqual(loadRunState(), { workDir: '/tmp/run', worktrees: [{ git: '/ws', path: '/tmp/run/worktrees/base' }], driver: undefined });
    } finally {
      for (const key of Object.values(State)) delete process.env[`STATE_${key}`];
    }
    assert.deepEqual(loadRunState(), { workDir: undefined, worktrees: [], driver: undefined });
  });

  it('destroys the driver’s machines and removes the run directory', async () => {
    const workDir = join(root, 'run');
    const marker = join(workDir, 'fake-machine');
    mkdirSync(marker, { recursive: true });
    writeFileSync(join(workDir, 'leftover'), '');
    const state = { workDir, worktrees: [], driver: { driver: 'fake', marker } };
    assert.deepEqual(await teardown(state, progress), []);
    assert.ok(!existsSync(workDir));
    assert.deepEqual(state, { workDir: undefined, worktrees: [], driver: undefined });
    assert.deepEqual(await teardown(state, progress), [], 'twice without harm');
  });

  it('reports what it could not do and goes on with the rest', async () => {
    const workDir = join(root, 'run2');
    mkdirSync(workDir);
    const state = { workDir, worktrees: [{ git: join(root, 'not-a-repo'), path: join(root, 'nowhere') }], driver: { driver: 'warp' } };
    const problems = await teardown(state, progress);
    assert.equal(problems.length, 2);
    assert.match(problems[0]!, /cannot destroy what driver 'warp' created: no such driver in this build/);
    assert.match(problems[1]!, /^removing worktree .*nowhere: /);
    assert.ok(!existsSync(workDir), 'the run directory went anyway');
  });
});
