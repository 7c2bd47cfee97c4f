/**
 * Processes still working in a job directory after their controller died (a `vagrant up` that the
 * killed main step started, detached). They hold vagrant's machine lock and would keep creating
 * what destroy removes, so destroy ends them first. Found by their cwd, which is ours alone.
 */
import { readdirSync, readlinkSync } from 'node:fs';

/** Processes working in `dir` or below it (vagrant in the job directory, ssh in a machine's). */
export function strayProcesses(dir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      const cwd = readlinkSync(`/proc/${pid}/cwd`);
      if (cwd === dir || cwd.startsWith(`${dir}/`)) pids.push(pid);
    } catch {
      // Gone, or not ours to inspect.
    }
  }
  return pids;
}

/** SIGKILLs the processes working in `dir`; returns their ids. */
export function killStrays(dir: string): number[] {
  const pids = strayProcesses(dir);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  return pids;
}
