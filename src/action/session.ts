/**
 * One main step's run on this machine: its own directory (saved in state before anything goes in
 * it), the reports directory it hands to later steps, its worktrees and its driver. `close` tears
 * down what is left; the cancel handler and the post step do the same from the saved state.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver, DriverState, Progress } from '../drivers/driver';
import { makeDriver } from '../drivers/registry';
import type { GithubInfo } from './github-context';
import type { ActionSettings } from './inputs';
import { actionProgress } from './progress';
import { actionsRootfsCache } from './rootfs-cache';
import { saveDriverState, saveWorkDir, saveWorktrees, type RunState } from './state';
import { teardown } from './teardown';
import { addWorktree, type GitCheckout } from './worktrees';

export interface Session {
  settings: ActionSettings;
  github: GithubInfo;
  progress: Progress;
  /** The run's own directory (removed at the end). */
  workDir: string;
  /** The `reports` output: `<label>/<node>.json`, kept for later steps. */
  reportsDir: string;
  state: RunState;
  /** Saves every part of the state. */
  save(): void;
  makeDriver(): Driver;
  /** A driver state saved on every change (pass it to the lifecycle). */
  driverState(): DriverState;
  /** Checks out `commit` as a worktree named `name`; returns the module repository inside it. */
  addWorktree(checkout: GitCheckout, name: string, commit: string): Promise<string>;
  reportPath(label: string, node: string): string;
  /** Tears down what is left; returns the problems (warnings). */
  close(): Promise<string[]>;
}

const runnerTemp = (): string => process.env.RUNNER_TEMP || tmpdir();

export function openSession(settings: ActionSettings, github: GithubInfo): Session {
  const workDir = mkdtempSync(join(runnerTemp(), 'disco-run-'));
  saveWorkDir(workDir);
  const reportsDir = mkdtempSync(join(runnerTemp(), 'disco-reports-'));
  // Whatever this process puts in a temp directory from now on lands in the run's directory.
  mkdirSync(join(workDir, 'tmp'));
  const tmpBefore = process.env.TMPDIR;
  process.env.TMPDIR = join(workDir, 'tmp');
  const state: RunState = { workDir, worktrees: [] };
  const session: Session = {
    settings,
    github,
    progress: actionProgress,
    workDir,
    reportsDir,
    state,
    save() {
      saveWorkDir(state.workDir ?? '');
      saveWorktrees(state.worktrees);
      saveDriverState(state.driver ?? { driver: '' });
    },
    makeDriver: () =>
      makeDriver(settings.driver, {
        workDir,
        root: settings.root,
        box: settings.box,
        allowApply: settings.mode === 'release' && settings.allowApplyLocal,
        rootfsCache: settings.driver === 'chroot' && !settings.root ? actionsRootfsCache() : undefined,
        save: () => session.save(),
      }),
    driverState() {
      state.driver ??= { driver: settings.driver };
      return state.driver;
    },
    async addWorktree(checkout, name, commit) {
      const worktree = { git: checkout.top, path: join(workDir, 'worktrees', name) };
      state.worktrees.push(worktree);
      saveWorktrees(state.worktrees);
      await addWorktree(worktree, commit);
      return join(worktree.path, checkout.prefix);
    },
    reportPath: (label, node) => join(reportsDir, label, `${node}.json`),
    async close() {
      if (tmpBefore === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmpBefore;
      const problems = await teardown(state, actionProgress);
      session.save();
      return problems;
    },
  };
  return session;
}
