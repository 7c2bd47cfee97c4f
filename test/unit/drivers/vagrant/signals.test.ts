/**
 * Interrupts and teardown from another process, through the real CLI (`disco vm-dance`,
 * `disco vm-destroy`) with the fake vagrant on PATH: SIGINT/SIGTERM mid-boot destroy the VMs; a
 * controller killed outright leaves a state file from which vm-destroy finishes the job.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fakeWorld, PROJECT, type FakeWorld } from './fakes';

let world: FakeWorld;
beforeEach(() => {
  world = fakeWorld({ FAKE_VAGRANT_UP_SLEEP: '60', DISCO_VAGRANT_ACCEL: 'qemu' });
  process.env.DISCO_VAGRANT_CACHE = join(world.root, 'cache');
});
afterEach(() => world.cleanup());

const CLI = ['--import', 'tsx', join(PROJECT, 'src/cli/index.ts')];
const stateFile = (): string => join(world.root, 'out/vagrant-state.json');

function vmDance(): { child: ChildProcess; done: Promise<{ code: number | null; stdout: string }> } {
  const args = ['vm-dance', '--repo', join(world.root, 'repo'), '--node', 'web1', '--out', join(world.root, 'out'), '--box', 'disco/test-box'];
  const child = spawn(process.execPath, [...CLI, ...args], { cwd: PROJECT, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stdout += chunk));
  const done = new Promise<{ code: number | null; stdout: string }>((resolve) => child.on('close', (code) => resolve({ code, stdout })));
  return { child, done };
}

async function untilUpRuns(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (world.vagrantArgs().some((args) => args[0] === 'up')) return;
    await sleep(50);
  }
  throw new Error('vagrant up never started');
}

const destroys = (): number => world.vagrantArgs().filter((args) => args[0] === 'destroy').length;

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  test(`${signal} mid-boot stops vagrant gracefully, destroys, exits ${code}`, async () => {
    const { child, done } = vmDance();
    await untilUpRuns();
    child.kill(signal);
    const result = await done;
    assert.equal(result.code, code, result.stdout);
    assert.ok(world.calls('vagrant-signal').some((call) => (call as unknown as { signal: string }).signal === 'SIGINT'));
    assert.equal(destroys(), 1);
    assert.equal(JSON.parse(readFileSync(stateFile(), 'utf8')).destroyed, true);
  });
}

test('a second signal during teardown does not cut it short', async () => {
  const { child, done } = vmDance();
  await untilUpRuns();
  child.kill('SIGINT');
  await sleep(20);
  child.kill('SIGTERM');
  const result = await done;
  assert.equal(result.code, 130, result.stdout);
  assert.equal(destroys(), 1);
  assert.match(result.stdout, /SIGTERM received: still destroying the VMs/);
});

test('controller killed outright: vm-destroy finishes from the state file, stopping the stray vagrant', async () => {
  const { child, done } = vmDance();
  await untilUpRuns();
  child.kill('SIGKILL');
  await done;
  const state = JSON.parse(readFileSync(stateFile(), 'utf8'));
  assert.equal(state.destroyed, undefined);
  const destroy = spawnSync(process.execPath, [...CLI, 'vm-destroy', '--state', stateFile()], { cwd: PROJECT, env: process.env, encoding: 'utf8' });
  assert.equal(destroy.status, 0, destroy.stderr);
  assert.match(destroy.stdout, /stopped 1 leftover process\(es\) of this job/);
  assert.equal(destroys(), 1);
  assert.equal(JSON.parse(readFileSync(stateFile(), 'utf8')).destroyed, true);
  // Twice is fine.
  const again = spawnSync(process.execPath, [...CLI, 'vm-destroy', '--state', stateFile()], { cwd: PROJECT, env: process.env, encoding: 'utf8' });
  assert.equal(again.status, 0);
  assert.equal(destroys(), 1);
});

test('vm-dance without vagrant installed: one line, exit 2', () => {
  const result = spawnSync(
    process.execPath,
    [...CLI, 'vm-dance', '--repo', join(world.root, 'repo'), '--node', 'web1', '--out', join(world.root, 'out'), '--box', 'b'],
    { cwd: PROJECT, env: { ...process.env, DISCO_VAGRANT_BINARY: 'no-such-vagrant-binary' }, encoding: 'utf8' },
  );
  assert.equal(result.status, 2, result.stderr);
  assert.match(result.stderr, /^error: vagrant is not installed \(no 'vagrant' on PATH; install vagrant and vagrant-libvirt\)\n$/);
});
