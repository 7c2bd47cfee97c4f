/**
 * The chroot driver: dances over a root filesystem directory — the `root` input, or the recipe's
 * root built once and cached. Noop dances share that root (they never write to it); a node that
 * applies gets a fresh copy of its own, made in `create` and removed in `destroy`, and its
 * verifying noop runs on that copy.
 */
import { join, resolve } from 'node:path';
import { looksLikeRoot } from '../engine/sandbox-share';
import { InputError } from '../model/errors';
import { ensureRootfs, type RootfsCache, type RootfsTools } from './chroot-rootfs';
import { runEngine } from './dance-process';
import type { DanceJob, DanceOutcome, Driver, DriverState, Progress, SaveState } from './driver';
import { checkPrivilege, mustRunAsRoot } from './privileged';
import { sweepDir } from './sweep';

export interface ChrootOptions {
  /** The run's own directory: copies and engine scratch go below it. */
  workDir: string;
  /** A root filesystem directory; empty: the recipe's, built or restored from `cache`. */
  root?: string;
  rootfsBase?: string;
  cache?: RootfsCache;
  rootfsTools?: RootfsTools;
}

/** What destroy needs: the copies (node → directory) and the engine's scratch. */
export interface ChrootState extends DriverState {
  driver: 'chroot';
  root?: string;
  scratch?: string;
  copies?: Record<string, string>;
}

export class ChrootDriver implements Driver {
  readonly name = 'chroot';

  constructor(private readonly options: ChrootOptions) {}

  async create(state: ChrootState, jobs: DanceJob[], progress: Progress, save?: SaveState): Promise<void> {
    await checkPrivilege(this.name);
    state.scratch = join(this.options.workDir, 'engine');
    state.copies ??= {};
    save?.(state);
    state.root = this.options.root
      ? checkRootDir(this.options.root)
      : await ensureRootfs({ base: this.options.rootfsBase, cache: this.options.cache, progress, tools: this.options.rootfsTools });
    for (const node of new Set(jobs.filter((job) => job.mode === 'apply').map((job) => job.node))) {
      const copy = join(this.options.workDir, 'targets', node);
      state.copies[node] = copy;
      save?.(state);
      await progress.group(`chroot: fresh copy of ${state.root} for ${node}`, () =>
        mustRunAsRoot(`copying ${state.root} for ${node}`, ['sh', '-c', 'mkdir -p "$2" && cp -a --reflink=auto "$1/." "$2/"', 'sh', state.root!, copy]),
      );
    }
  }

  async dance(state: ChrootState, jobs: DanceJob[], progress: Progress): Promise<DanceOutcome[]> {
    const outcomes: DanceOutcome[] = [];
    for (const job of jobs) {
      const root = state.copies?.[job.node] ?? state.root;
      if (!root || !state.scratch) throw new Error('chroot: dance before create');
      const title = `${job.node} · ${job.label} (${job.mode}${state.copies?.[job.node] ? ', fresh copy' : ''})`;
      outcomes.push(await progress.group(title, () => runEngine({ job, root, scratch: state.scratch!, progress })));
    }
    return outcomes;
  }

  async destroy(state: ChrootState): Promise<void> {
    for (const [node, copy] of Object.entries(state.copies ?? {})) {
      await sweepDir(copy);
      delete state.copies![node];
    }
    await sweepDir(state.scratch);
    delete state.scratch;
  }
}

function checkRootDir(root: string): string {
  const dir = resolve(root);
  if (dir === '/') throw new InputError(`root '${root}' is this machine's own root: use driver 'local' for that`, 'root');
  if (!looksLikeRoot(dir)) throw new InputError(`'${root}' is not a root filesystem (no /bin/bash or /etc)`, 'root');
  return dir;
}
