/**
 * Finds and kills what a run left running, from nothing but the run's directory: every engine
 * process (the CLI, the sandbox supervisor and its init) names a path under it on its command line.
 * Killing the sandbox init ends its PID namespace, so the steps inside go with it. Used by the
 * cancel handler and the post step, which has no process handles, only the saved directory.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { runAsRoot } from './privileged';

/** Process ids whose command line mentions `dir` (itself or a path below it), ours excepted. */
export function processesUnder(dir: string): number[] {
  const spared = ancestry(process.pid);
  const pids: number[] = [];
  for (const name of safeList('/proc')) {
    if (!/^\d+$/.test(name) || spared.has(Number(name))) continue;
    const args = readText(`/proc/${name}/cmdline`).split('\0');
    if (isRemoval(args)) continue;
    if (args.some((arg) => arg === dir || arg.includes(`${dir}/`))) pids.push(Number(name));
  }
  return pids;
}

/** SIGKILLs them (through sudo when they are root's) and waits up to `waitMs` for them to go. */
export async function killProcessesUnder(dir: string, waitMs = 3000): Promise<number> {
  const pids = processesUnder(dir);
  if (pids.length === 0) return 0;
  const denied: number[] = [];
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EPERM') denied.push(pid);
    }
  }
  if (denied.length) await runAsRoot(['kill', '-KILL', ...denied.map(String)]);
  const deadline = Date.now() + waitMs;
  while (pids.some(isAlive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return pids.length;
}

/**
 * A removal started by a teardown (privileged.ts `removeAsRoot`): a cancel handler and a driver's
 * own destroy may sweep the same directory at once, and neither may kill the other's `rm`.
 */
const isRemoval = (args: string[]): boolean => args.includes('--one-file-system') && args.some((arg) => arg === 'rm' || arg.endsWith('/rm'));

function isAlive(pid: number): boolean {
  // A zombie has let go of everything; its parent (the CLI we also killed) just has not reaped it.
  const stat = readText(`/proc/${pid}/stat`);
  return stat !== '' && !/^\d+ \(.*\) Z /s.test(stat);
}

/** This process and its parents: never ours to kill, whatever their command lines say. */
function ancestry(pid: number): Set<number> {
  const chain = new Set<number>();
  for (let current = pid; current > 1 && !chain.has(current); ) {
    chain.add(current);
    const stat = readText(`/proc/${current}/stat`);
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!parent) break;
    current = parent;
  }
  return chain;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
