/**
 * The state seam between main and post (checkout's state-helper, cache's stateProvider). Main
 * saves each part before the step it guards; post reads it and never recomputes.
 */
import * as core from '@actions/core';
import type { DriverState } from '../drivers/driver';
import { State } from './constants';

/** A git worktree main added: post removes it (`git worktree remove`) and prunes the repository. */
export interface Worktree {
  /** The repository's top level, where `git worktree` runs. */
  git: string;
  path: string;
}

export interface RunState {
  /** The run's own directory: everything main creates on this machine is below it. */
  workDir?: string;
  worktrees: Worktree[];
  /** The driver's state (machines, copies), as the driver recorded it. */
  driver?: DriverState;
}

export function saveWorkDir(dir: string): void {
  core.saveState(State.WorkDir, dir);
}

export function saveWorktrees(worktrees: Worktree[]): void {
  core.saveState(State.Worktrees, JSON.stringify(worktrees));
}

export function saveDriverState(state: DriverState): void {
  core.saveState(State.Driver, JSON.stringify(state));
}

/** What main saved; empty when main saved nothing (it failed on bad input, or never ran). */
export function loadRunState(): RunState {
  return {
    workDir: core.getState(State.WorkDir) || undefined,
    worktrees: parse<Worktree[]>(core.getState(State.Worktrees)) ?? [],
    driver: driverOf(parse<DriverState>(core.getState(State.Driver))),
  };
}

// An empty driver name is what main saves once its driver is destroyed.
const driverOf = (state: DriverState | undefined): DriverState | undefined => (state?.driver ? state : undefined);

function parse<T>(text: string): T | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}
