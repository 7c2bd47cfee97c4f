/**
 * The lifecycle, in one place (kitchen's instance.rb): create → dance (one or more batches) →
 * destroy in `finally`, with the state saved before each risky step. A destroy that fails does not
 * hide the dances' results: it is reported, and the saved state lets the post step try again.
 */
import { InputError } from '../model/errors';
import type { DanceJob, DanceOutcome, Driver, DriverState, Progress, SaveState } from './driver';

export interface Lifecycle {
  driver: Driver;
  state: DriverState;
  /** Every job the run will dance: drivers size their machines (and copies) from them. */
  jobs: DanceJob[];
  progress: Progress;
  save: SaveState;
}

/** Runs `work` between create and destroy; `work` may dance several batches (apply, then verify). */
export async function withMachines<T>(life: Lifecycle, work: (dance: (jobs: DanceJob[]) => Promise<DanceOutcome[]>) => Promise<T>): Promise<T> {
  const { driver, state, progress, save } = life;
  save(state);
  try {
    await wrap('create', driver.name, () => driver.create(state, life.jobs, progress, save));
    save(state);
    return await work((jobs) => wrap('dance', driver.name, () => driver.dance(state, jobs, progress)));
  } finally {
    try {
      await driver.destroy(state, progress);
      save(state);
    } catch (error) {
      progress.info(`warning: Failed to destroy (${driver.name}): ${(error as Error).message}; the post step tries again`);
    }
  }
}

/** All jobs in one batch. */
export const runJobs = (life: Lifecycle): Promise<DanceOutcome[]> => withMachines(life, (dance) => dance(life.jobs));

/** Unplanned errors say which phase of which driver failed ("Failed to create chroot: …"). */
async function wrap<T>(phase: string, driver: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof InputError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`Failed to ${phase} (${driver}): ${message}`, { cause: error });
  }
}
