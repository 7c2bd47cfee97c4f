/**
 * `disco vm-destroy --state FILE`: destroys what a `vm-dance` (or the action) recorded, from another
 * process — the CLI's counterpart of the action's post step. Safe to run twice.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { DriverState } from '../../drivers/driver';
import { createVagrantDriver } from '../../drivers/vagrant/vagrant-driver';
import { InputError } from '../../model/errors';
import { EXIT_PASSED, type Command } from '../command';
import { lineProgress, stateWriter } from './vm-dance';

function readState(file: string): DriverState {
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as DriverState;
    if (typeof state?.driver !== 'string') throw new Error('no driver');
    return state;
  } catch (error) {
    throw new InputError(`not a driver state file (${(error as Error).message})`, file);
  }
}

export const vmDestroyCommand: Command = {
  name: 'vm-destroy',
  usage: 'vm-destroy --state FILE   destroys the VMs a vm-dance recorded (idempotent)',
  async run(args) {
    const { values } = parseArgs({ args, options: { state: { type: 'string' } }, strict: true });
    if (!values.state) throw new InputError('name the state file', '--state');
    const file = resolve(values.state);
    const state = readState(file);
    if (state.driver !== 'vagrant') throw new InputError(`state of driver '${state.driver}': vm-destroy knows vagrant`, file);
    const driver = createVagrantDriver({ persist: stateWriter(file), handleSignals: false });
    await driver.destroy(state, lineProgress());
    return EXIT_PASSED;
  },
};
