/** What must be left after a job: only the reports, and nothing running or mounted under the run's temp dir. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { processesUnder } from '../../../src/drivers/process-sweep';

export interface Leftovers {
  /** Entries of RUNNER_TEMP other than the reports output. */
  temp: string[];
  /** Worktrees git still lists besides the main one. */
  worktrees: string[];
  processes: number[];
  mounts: string[];
}

export function leftovers(runnerTemp: string, workspace: string): Leftovers {
  const worktrees = execFileSync('git', ['worktree', 'list', '--porcelain'], { cwd: workspace, encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.startsWith('worktree '))
    .map((line) => line.slice(9))
    .filter((path) => path !== workspace);
  return {
    temp: readdirSync(runnerTemp).filter((name) => !name.startsWith('disco-reports-')),
    worktrees,
    processes: processesUnder(runnerTemp),
    mounts: readFileSync('/proc/self/mountinfo', 'utf8').split('\n').filter((line) => line.includes(runnerTemp)),
  };
}

export const NOTHING_LEFT: Leftovers = { temp: [], worktrees: [], processes: [], mounts: [] };
