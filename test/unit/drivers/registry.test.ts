/** Drivers by name: the user-facing set, and one line for a name this build lacks. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasDriver, makeDriver, USER_DRIVERS } from '../../../src/drivers/registry';

describe('driver registry', () => {
  it('makes every driver by name', () => {
    for (const name of ['local', 'chroot', 'vagrant', 'fake']) assert.equal(makeDriver(name, { workDir: '/tmp/x' }).name, name);
    assert.deepEqual([...USER_DRIVERS], ['vagrant', 'chroot', 'local']);
  });

  it('names what is available when a driver is missing', () => {
    assert.equal(hasDriver('docker'), false);
    assert.throws(() => makeDriver('docker', { workDir: '/tmp/x' }), /^InputError: driver: driver 'docker' is not available in this build \(available: local, chroot, vagrant\)$/);
  });
});
