/**
 * Destroys everything a main step created, from its saved state alone: engine processes first
 * (nothing writes any more), then the driver's machines and copies, the worktrees, the run's
 * directory. Every part is tried whatever the others did; problems come back as lines.
 */
import { tmpdir } from 'node:os';
import type { Progress } from '../drivers/driver';
import { removeAsRoot } from '../drivers/privileged';
import { killProcessesUnder } from '../drivers/process-sweep';
import { hasDriver, makeDriver } from '../drivers/registry';
import type { RunState } from './state';
import { removeWorktree } from './worktrees';

export async function teardown(state: RunState, progress: Progress): Promise<string[]> {
  const problems: string[] = [];
  const attempt = async (what: string, work: () => Promise<unknown>): Promise<boolean> => {
    try {
      await work();
      return true;
    } catch (error) {
      problems.push(`${what}: ${(error as Error).message}`);
      return false;
    }
  };
  const { workDir, driver } = state;
  if (workDir) await attempt('stopping engine processes', () => killProcessesUnder(workDir));
  if (driver && hasDriver(driver.driver)) {
    const destroyed = await attempt(`destroying (${driver.driver})`, () =>
      makeDriver(driver.driver, { workDir: workDir ?? tmpdir() }).destroy(driver, progress));
    if (destroyed) state.driver = undefined;
  } else if (driver) {
    problems.push(`cannot destroy what driver '${driver.driver}' created: no such driver in this build`);
  }
  for (const worktree of [...state.worktrees]) {
    if (await attempt(`removing worktree ${worktree.path}`, () => removeWorktree(worktree))) {
      state.worktrees = state.worktrees.filter((w) => w !== worktree);
    }
  }
  if (workDir && (await attempt(`removing ${workDir}`, () => removeAsRoot(workDir)))) state.workDir = undefined;
  return problems;
}
