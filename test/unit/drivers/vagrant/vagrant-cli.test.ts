import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { CommandFailed, ToolMissing } from '../../../../src/drivers/vagrant/errors';
import { tryVagrant, vagrant, type VagrantContext } from '../../../../src/drivers/vagrant/vagrant-cli';
import { InputError } from '../../../../src/model/errors';
import { fakeWorld, type FakeWorld } from './fakes';

let world: FakeWorld;
let context: VagrantContext;
beforeEach(() => {
  world = fakeWorld();
  context = { binary: 'vagrant', cwd: world.root, vagrantHome: '/var/cache/disco-vagrant/vagrant.d' };
});
afterEach(() => world.cleanup());

test('passes an argument array, the global no-progress flags, cwd and the fixed environment', async () => {
  await vagrant(context, ['destroy', '--force']);
  const [call] = world.calls('vagrant');
  assert.deepEqual(call.args, ['destroy', '--force', '--no-tty', '--no-color']);
  assert.equal(call.cwd, world.root);
  assert.deepEqual(call.env, { VAGRANT_HOME: '/var/cache/disco-vagrant/vagrant.d', VAGRANT_CHECKPOINT_DISABLE: '1' });
});

test('a missing vagrant is one clear line and an input error (exit 2)', async () => {
  await assert.rejects(
    tryVagrant({ ...context, binary: 'vagrant-not-here' }, ['up']),
    (error: unknown) => {
      assert.ok(error instanceof ToolMissing);
      assert.ok(error instanceof InputError);
      assert.match((error as Error).message, /^vagrant is not installed \(/);
      assert.ok(!(error as Error).message.includes('\n'));
      return true;
    },
  );
});

test('tryVagrant returns a failure; vagrant throws it with the message, not the backtrace', async () => {
  process.env.FAKE_VAGRANT_UP_EXIT = '1';
  const result = await tryVagrant(context, ['up']);
  assert.equal(result.exitCode, 1);
  await assert.rejects(vagrant(context, ['up']), (error: unknown) => {
    assert.ok(error instanceof CommandFailed);
    assert.equal((error as Error).message, 'vagrant up exited 1: The box failed to boot.');
    return true;
  });
});

test('stdout lines stream to the progress callback as they come', async () => {
  const lines: string[] = [];
  await vagrant(context, ['up'], (line) => lines.push(line));
  assert.deepEqual(lines, ["Bringing machine 'm0' up with 'libvirt' provider..."]);
});
