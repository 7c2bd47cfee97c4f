/**
 * The local driver: dances over this machine's own `/`. Noop only, unless the caller explicitly
 * allows apply (the action does so for `mode: release` with `allow-apply-local: true`): an apply
 * here changes the runner itself, which is what a self-hosted release job may want and nothing
 * else should get by accident.
 */
import { join } from 'node:path';
import { InputError } from '../model/errors';
import { runEngine } from './dance-process';
import type { DanceJob, DanceOutcome, Driver, DriverState, Progress, SaveState } from './driver';
import { checkPrivilege } from './privileged';
import { sweepDir } from './sweep';

export interface LocalOptions {
  workDir: string;
  /** Lets apply jobs run on `/`. */
  allowApply?: boolean;
}

export interface LocalState extends DriverState {
  driver: 'local';
  scratch?: string;
}

export class LocalDriver implements Driver {
  readonly name = 'local';

  constructor(private readonly options: LocalOptions) {}

  async create(state: LocalState, jobs: DanceJob[], _progress: Progress, save?: SaveState): Promise<void> {
    const apply = jobs.find((job) => job.mode === 'apply');
    if (apply && !this.options.allowApply) {
      throw new InputError(
        `the local driver would apply ${apply.node} to this machine's /: only mode 'release' with allow-apply-local: true may do that`,
        'driver',
      );
    }
    await checkPrivilege(this.name);
    state.scratch = join(this.options.workDir, 'engine');
    save?.(state);
  }

  async dance(state: LocalState, jobs: DanceJob[], progress: Progress): Promise<DanceOutcome[]> {
    const outcomes: DanceOutcome[] = [];
    for (const job of jobs) {
      if (!state.scratch) throw new Error('local: dance before create');
      if (job.mode === 'apply' && !this.options.allowApply) throw new InputError(`apply on this machine's / is not allowed`, 'driver');
      outcomes.push(await progress.group(`${job.node} · ${job.label} (${job.mode}, this machine)`, () =>
        runEngine({ job, root: '/', scratch: state.scratch!, progress })));
    }
    return outcomes;
  }

  async destroy(state: LocalState): Promise<void> {
    await sweepDir(state.scratch);
    delete state.scratch;
  }
}
