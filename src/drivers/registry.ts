/**
 * Drivers by name. The action and the post step build a driver from its name alone (post has
 * nothing but the saved state), so every driver is made from the same plain options.
 */
import { InputError } from '../model/errors';
import { ChrootDriver } from './chroot';
import type { RootfsCache } from './chroot-rootfs';
import type { Driver, SaveState } from './driver';
import { FakeDriver, type FakeOptions } from './fake';
import { LocalDriver } from './local';
import { VagrantDriver } from './vagrant/vagrant-driver';

export interface DriverOptions {
  /** The run's own directory: whatever a driver creates on this machine goes below it. */
  workDir: string;
  /** chroot: the root filesystem directory (empty: built from the recipe and cached). */
  root?: string;
  /** vagrant: the box. */
  box?: string;
  /** local: apply on this machine's `/` is allowed. */
  allowApply?: boolean;
  /** chroot: where the recipe's root is kept between jobs. */
  rootfsCache?: RootfsCache;
  /** Persists the driver's state at once (drivers that save outside `create`'s `save` argument). */
  save?: SaveState;
  /** fake: its configuration (tests). */
  fake?: Omit<FakeOptions, 'workDir'>;
}

export type DriverFactory = (options: DriverOptions) => Driver;

/** The drivers a user may name (DESIGN §6). `fake` is there for tests and never offered. */
export const USER_DRIVERS = ['vagrant', 'chroot', 'local'] as const;
export type UserDriver = (typeof USER_DRIVERS)[number];

const factories: Record<string, DriverFactory> = {
  local: (o) => new LocalDriver({ workDir: o.workDir, allowApply: o.allowApply }),
  chroot: (o) => new ChrootDriver({ workDir: o.workDir, root: o.root, cache: o.rootfsCache }),
  // The caller owns cancellation (the action tears down on SIGINT itself): no handlers of its own.
  vagrant: (o) => new VagrantDriver({ box: o.box, persist: o.save, handleSignals: false }),
  fake: (o) => new FakeDriver({ ...o.fake, workDir: o.workDir }),
};

export const hasDriver = (name: string): boolean => Object.hasOwn(factories, name);

export function makeDriver(name: string, options: DriverOptions): Driver {
  const factory = factories[name];
  if (!factory) throw new InputError(`driver '${name}' is not available in this build (available: ${Object.keys(factories).filter((n) => n !== 'fake').join(', ')})`, 'driver');
  return factory(options);
}
