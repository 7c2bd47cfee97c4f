/**
 * Cancellation through the shipped bundles (dist/ on Node 24, no node_modules), as the runner
 * does it: SIGINT to main mid-dance (main tears down itself, within the 7.5 s before SIGTERM),
 * then post; and main killed outright (SIGKILL), where post alone must destroy everything from
 * the saved state. Either way: no worktree, no run directory or root copy, no mount, no process.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { processesUnder } from '../../../src/drivers/process-sweep';
import { testRootfs } from '../../helpers/rootfs';
import { leftovers, NOTHING_LEFT } from './cleanup-check';
import { makeFixture, writeEvent, type Fixture } from './fixture-repo';
import { githubEnv, inputEnv, makeStepFiles, readCommandFile, type StepFiles } from './github-env';
import { actionDefaults, installAction, runPost, startStep, type StepResult } from './runner';

const SLOW = '#!/bin/bash\necho slow step started\nsleep 300 &\nsleep 300\n';

describe('cancellation (dist/ on Node 24)', () => {
  let fixture: Fixture;
  let action: string;

  before(() => {
    fixture = makeFixture();
    fixture.git.write({ 'infra/modules/web/scripts/30-slow.sh': SLOW });
    fixture.head = fixture.git.commit('a slow step');
    action = installAction(makeStepFiles());
  });
  after(() => fixture.git.cleanup());

  /** Starts main, waits until a dance hangs in the slow step, then returns what runs. */
  async function startHanging(files: StepFiles, inputs: Record<string, string>) {
    const env = {
      ...githubEnv({ workspace: fixture.workspace, files, eventPath: writeEvent(fixture), sha: fixture.head }),
      ...inputEnv({ ...actionDefaults(), repo: 'infra', root: testRootfs(), comment: 'false', ...inputs }),
    };
    const main = startStep(action, 'main', env, fixture.workspace);
    await main.waitFor(/still dancing after \d+ s \(module web\)/);
    return { main, env };
  }

  it('tears down on SIGINT within the runner’s 7.5 s, then post finds nothing left', async (t) => {
    const files = makeStepFiles();
    const { main, env } = await startHanging(files, { mode: 'pr' });
    const running = processesUnder(files.runnerTemp);
    assert.ok(running.length >= 3, 'the engine and its sandbox are running');
    const workDir = readCommandFile(files.state)['disco-work-dir']!;
    assert.ok(existsSync(`${workDir}/worktrees/head`), 'head worktree checked out');

    const signalled = Date.now();
    main.child.kill('SIGINT');
    const result: StepResult = await main.done;
    const teardownMs = Date.now() - signalled;
    assert.equal(result.code, 130, result.stdout + result.stderr);
    assert.ok(teardownMs < 7500, `took ${teardownMs} ms`);
    assert.match(result.stdout, /::warning::disco: cancelled \(SIGINT\): tearing down/);
    assert.doesNotMatch(result.stdout, /::group::disco: results/, 'no half results published');
    assert.deepEqual(leftovers(files.runnerTemp, fixture.workspace), NOTHING_LEFT);

    const post = await runPost(action, files, env, fixture.workspace);
    assert.equal(post.code, 0);
    assert.doesNotMatch(post.stdout, /::(error|warning)/);
    assert.deepEqual(leftovers(files.runnerTemp, fixture.workspace), NOTHING_LEFT);
    t.diagnostic(`SIGINT to exit: ${teardownMs} ms`);
  });

  it('leaves post to destroy everything when main is killed outright (release, fresh root copy)', async (t) => {
    const files = makeStepFiles();
    const { main, env } = await startHanging(files, { mode: 'release', nodes: 'web1' });
    const state = readCommandFile(files.state);
    const copy = JSON.parse(state['disco-driver']!).copies.web1 as string;
    assert.ok(existsSync(`${copy}/etc`), 'the fresh copy exists');
    main.child.kill('SIGKILL');
    await main.done;
    assert.ok(processesUnder(files.runnerTemp).length > 0, 'the sandbox outlived main');

    const started = Date.now();
    const post = await runPost(action, files, env, fixture.workspace);
    assert.equal(post.code, 0, post.stdout);
    assert.match(post.stdout, /disco: cleaned up/);
    assert.ok(!existsSync(copy));
    assert.deepEqual(leftovers(files.runnerTemp, fixture.workspace), NOTHING_LEFT);
    t.diagnostic(`post after SIGKILL: ${Date.now() - started} ms`);
  });
});
