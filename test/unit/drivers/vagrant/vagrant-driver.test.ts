import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import type { DriverState } from '../../../../src/drivers/driver';
import { CommandFailed } from '../../../../src/drivers/vagrant/errors';
import { createVagrantDriver } from '../../../../src/drivers/vagrant/vagrant-driver';
import type { VagrantState } from '../../../../src/drivers/vagrant/vagrant-state';
import { fakeWorld, PROJECT, type FakeWorld } from './fakes';

let world: FakeWorld;
beforeEach(() => {
  world = fakeWorld();
});
afterEach(() => world.cleanup());

test('create → dance → destroy: exact vagrant calls, then plain ssh/scp', async () => {
  const driver = createVagrantDriver(world.options);
  const state: DriverState = { driver: 'vagrant' };
  const jobs = world.jobs(['web1', 'web2'], ['base', 'head']);
  await driver.create(state, jobs, world.progress);
  const s = state as VagrantState;
  assert.deepEqual(world.vagrantArgs(), [['up', '--no-provision', '--provider', 'libvirt'], ['ssh-config']]);
  assert.equal(world.calls('vagrant')[0].cwd, s.dir);
  assert.deepEqual(s.machines, ['m0']);
  assert.deepEqual(s.ssh?.m0, { machine: 'm0', host: '10.0.0.10', port: 22, user: 'vagrant', identityFiles: ['/keys/vagrant key'] });
  const vms = JSON.parse(readFileSync(join(s.dir, 'disco-vms.json'), 'utf8'));
  assert.equal(vms.box, 'disco/test-box');
  assert.equal(vms.prefix, s.prefix);
  assert.deepEqual(vms.machines, [{ name: 'm0', serialLog: join(s.dir, 'serial-m0.log') }]);

  const outcomes = await driver.dance(state, jobs, world.progress);
  assert.deepEqual(outcomes.map((o) => [o.job.label, o.job.node, o.report?.status]), [
    ['base', 'web1', 'passed'], ['base', 'web2', 'passed'], ['head', 'web1', 'passed'], ['head', 'web2', 'passed'],
  ]);
  for (const job of jobs) assert.equal(JSON.parse(readFileSync(job.reportPath, 'utf8')).node, job.node);
  // No vagrant ssh: everything after boot is ssh/scp with the parsed facts.
  assert.deepEqual(world.vagrantArgs().map((a) => a[0]), ['up', 'ssh-config']);
  const ssh = world.calls('ssh');
  assert.deepEqual(ssh[0].args.slice(-5, -1), ['-p', '22', 'vagrant@10.0.0.10', '--']);
  assert.ok(ssh[0].args.includes('/keys/vagrant key'));
  const dances = ssh.filter((call) => call.args.at(-1)!.includes('/engine/cli.js dance'));
  assert.equal(dances.length, 4);
  assert.match(dances[0].args.at(-1)!, /^sudo -n \S+\/engine\/node \S+\/engine\/cli\.js dance --noop --repo \S+\/trees\/0 --node web1 --root \/ --json \S+\/reports\/0\.json$/);
  assert.equal(world.calls('scp').length, 2);

  await driver.destroy(state, world.progress);
  assert.deepEqual(world.vagrantArgs().at(-1), ['destroy', '--force']);
  assert.ok(!existsSync(s.dir));
  assert.equal(s.destroyed, true);
});

test('the state is recorded and persisted before vagrant up', async () => {
  const driver = createVagrantDriver(world.options);
  const state: DriverState = { driver: 'vagrant' };
  await driver.create(state, world.jobs(['web1']), world.progress);
  const atUp = world.calls('vagrant').find((call) => call.args[0] === 'up')!.stateAtCall as Partial<VagrantState>;
  assert.equal(atUp.dir, (state as VagrantState).dir);
  assert.equal(atUp.prefix, (state as VagrantState).prefix);
  assert.deepEqual(atUp.machines, ['m0']);
  assert.equal(atUp.ssh, undefined);
  await driver.destroy(state, world.progress);
});

test('destroy is idempotent, and a no-op when nothing was created', async () => {
  const driver = createVagrantDriver(world.options);
  await driver.destroy({ driver: 'vagrant' }, world.progress);
  assert.deepEqual(world.calls(), []);
  const state: DriverState = { driver: 'vagrant' };
  await driver.create(state, world.jobs(['web1']), world.progress);
  await Promise.all([driver.destroy(state, world.progress), driver.destroy(state, world.progress)]);
  await driver.destroy(state, world.progress);
  assert.equal(world.vagrantArgs().filter((args) => args[0] === 'destroy').length, 1);
});

test('destroy from another process: a fresh driver and the saved state alone', async () => {
  const state: DriverState = { driver: 'vagrant' };
  await createVagrantDriver(world.options).create(state, world.jobs(['web1']), world.progress);
  const saved = JSON.parse(readFileSync(world.stateFile, 'utf8')) as DriverState;
  await createVagrantDriver({ persist: world.options.persist }).destroy(saved, world.progress);
  const destroy = world.calls('vagrant').at(-1)!;
  assert.deepEqual(destroy.args, ['destroy', '--force', '--no-tty', '--no-color']);
  assert.equal(destroy.cwd, (state as VagrantState).dir);
  assert.equal(JSON.parse(readFileSync(world.stateFile, 'utf8')).destroyed, true);
});

test('a failed up shows the serial console tail, destroys anyway, and fails', async () => {
  process.env.FAKE_VAGRANT_UP_EXIT = '1';
  const driver = createVagrantDriver(world.options);
  const state: DriverState = { driver: 'vagrant' };
  await assert.rejects(driver.create(state, world.jobs(['web1']), world.progress), (error: unknown) => {
    assert.ok(error instanceof CommandFailed);
    assert.match((error as Error).message, /vagrant up exited 1: The box failed to boot/);
    return true;
  });
  assert.deepEqual(world.vagrantArgs().map((a) => a[0]), ['up', 'destroy']);
  assert.ok(world.lines.some((line) => line.startsWith('serial console of m0')));
  assert.equal((state as VagrantState).destroyed, true);
});

test('running domains are powered off first; the sweep removes only what carries the job prefix', async () => {
  const driver = createVagrantDriver(world.options);
  const state: DriverState = { driver: 'vagrant' };
  await driver.create(state, world.jobs(['web1']), world.progress);
  const prefix = (state as VagrantState).prefix;
  process.env.FAKE_VIRSH_DOMAINS = `${prefix}m0,someone-elses-vm`;
  process.env.FAKE_VIRSH_VOLUMES = `${prefix}m0.img,box_vagrant_box_image_0_box.img`;
  await driver.destroy(state, world.progress);
  const virsh = world.calls('virsh').map((call) => call.args.slice(2).join(' '));
  assert.deepEqual(virsh, [
    'list --name',
    `destroy ${prefix}m0`,
    'list --all --name',
    `destroy ${prefix}m0`,
    `undefine ${prefix}m0 --remove-all-storage`,
    'vol-list --pool default',
    `vol-delete --pool default ${prefix}m0.img`,
  ]);
});

test('vms: 2 boots two machines and keeps each node on one of them', async () => {
  const driver = createVagrantDriver({ ...world.options, vms: 2 });
  const state: DriverState = { driver: 'vagrant' };
  const jobs = world.jobs(['web1', 'web2', 'db1'], ['base', 'head']);
  await driver.create(state, jobs, world.progress);
  const s = state as VagrantState;
  assert.deepEqual(s.machines, ['m0', 'm1']);
  assert.deepEqual(s.assignment, { web1: 'm0', web2: 'm1', db1: 'm0' });
  const outcomes = await driver.dance(state, jobs, world.progress);
  assert.equal(outcomes.filter((o) => o.report).length, 6);
  const hosts = world.calls('ssh').filter((c) => c.args.at(-1)!.includes(' dance ')).map((c) => `${c.args.at(-3)} ${/--node (\S+)/.exec(c.args.at(-1)!)![1]}`);
  assert.deepEqual(hosts.sort(), ['vagrant@10.0.0.10 db1', 'vagrant@10.0.0.10 db1', 'vagrant@10.0.0.10 web1', 'vagrant@10.0.0.10 web1', 'vagrant@10.0.0.11 web2', 'vagrant@10.0.0.11 web2']);
  await driver.destroy(state, world.progress);
});

test('a dance that cannot start is an outcome with an error, not a crash', async () => {
  process.env.FAKE_DANCE_EXIT = '2';
  const driver = createVagrantDriver(world.options);
  const state: DriverState = { driver: 'vagrant' };
  const jobs = world.jobs(['web1']);
  await driver.create(state, jobs, world.progress);
  const [outcome] = await driver.dance(state, jobs, world.progress);
  assert.equal(outcome.report, undefined);
  assert.equal(outcome.error, 'error: the dance could not start');
  await driver.destroy(state, world.progress);
});

test('disco box: used as is when vagrant knows it, else added from the recipe cache', async () => {
  const key = execFileSync(join(PROJECT, 'vagrant/build-box.sh'), ['--print-key'], { encoding: 'utf8' }).trim();
  const { box: _none, ...options } = world.options;
  process.env.FAKE_VAGRANT_BOX_LIST = `disco/bookworm-${key} (libvirt, 0)`;
  const known: DriverState = { driver: 'vagrant' };
  await createVagrantDriver(options).create(known, world.jobs(['web1']), world.progress);
  assert.deepEqual(world.vagrantArgs().slice(0, 2), [['box', 'list'], ['up', '--no-provision', '--provider', 'libvirt']]);
  assert.equal(JSON.parse(readFileSync(join((known as VagrantState).dir, 'disco-vms.json'), 'utf8')).box, `disco/bookworm-${key}`);
  await createVagrantDriver(options).destroy(known, world.progress);

  // Not known to vagrant: the cached build (a cache hit, so build-box.sh does nothing) is added.
  delete process.env.FAKE_VAGRANT_BOX_LIST;
  mkdirSync(join(options.cacheDir!, `box-${key}`), { recursive: true });
  writeFileSync(join(options.cacheDir!, `box-${key}`, 'disco.box'), '');
  const fresh: DriverState = { driver: 'vagrant' };
  await createVagrantDriver(options).create(fresh, world.jobs(['web1']), world.progress);
  const calls = world.calls('vagrant').filter((call) => call.args[0] === 'box');
  const boxDir = join(options.cacheDir!, `box-${key}`);
  assert.deepEqual(calls.at(-1)!.args.slice(0, 3), ['box', 'add', join(boxDir, 'catalog.json')]);
  assert.deepEqual(JSON.parse(readFileSync(join(boxDir, 'catalog.json'), 'utf8')), {
    name: `disco/bookworm-${key}`,
    versions: [{ version: '1.0.0', providers: [{ name: 'libvirt', url: `file://${join(boxDir, 'disco.box')}` }] }],
  });
  assert.equal(calls.at(-1)!.cwd, options.cacheDir);
  await createVagrantDriver(options).destroy(fresh, world.progress);
});

test("create's save argument (the action's saveState) is called before up, and ssh works in the job directory", async () => {
  const { persist, ...options } = world.options;
  const driver = createVagrantDriver(options);
  const state: DriverState = { driver: 'vagrant' };
  const jobs = world.jobs(['web1']);
  await driver.create(state, jobs, world.progress, persist);
  const atUp = world.calls('vagrant').find((call) => call.args[0] === 'up')!.stateAtCall as Partial<VagrantState>;
  assert.equal(atUp.dir, (state as VagrantState).dir);
  await driver.dance(state, jobs, world.progress);
  // Destroy finds a dead controller's ssh and vagrant processes by their working directory.
  assert.ok(world.calls('ssh').every((call) => call.cwd === join((state as VagrantState).dir, 'm0')));
  await driver.destroy(state, world.progress);
  assert.equal(JSON.parse(readFileSync(world.stateFile, 'utf8')).destroyed, true);
});

test('a second dance call (release: apply, then verify) reuses the uploaded engine and never an old report', async () => {
  const driver = createVagrantDriver(world.options);
  const state: DriverState = { driver: 'vagrant' };
  const apply = world.jobs(['web1'], ['apply']).map((job) => ({ ...job, mode: 'apply' as const }));
  await driver.create(state, apply, world.progress);
  await driver.dance(state, apply, world.progress);
  process.env.FAKE_DANCE_EXIT = '2';
  const verify = world.jobs(['web1'], ['verify']);
  const [outcome] = await driver.dance(state, verify, world.progress);
  assert.equal(outcome.report, undefined, 'the apply report must not pass for the verify one');
  const uploads = world.calls('scp').filter((call) => call.args.some((arg) => arg.endsWith('/incoming/')));
  assert.equal(uploads.length, 2);
  assert.ok(uploads[0].args.some((arg) => arg.endsWith('/cli.js')));
  assert.ok(!uploads[1].args.some((arg) => arg.endsWith('/cli.js')), 'the engine is uploaded once per VM');
  await driver.destroy(state, world.progress);
});
