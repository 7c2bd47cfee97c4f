/**
 * Everything one VM does after boot, over plain ssh/scp: receive the engine and the module trees
 * (base and head as separate directories), dance each of its jobs in turn (each dance has its own
 * sandbox and hostname), and send the DanceReports back to each job's `reportPath`.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseReport } from '../../report/read-report';
import type { DanceJob, DanceOutcome } from '../driver';
import type { EngineFiles } from './engine-files';
import { CommandFailed, Interrupted } from './errors';
import type { ProcessScope } from './process-scope';
import { scp, ssh, trySsh, type SshContext } from './ssh-cli';
import type { SshTarget } from './ssh-config';
import { shellJoin } from './shell-quote';
import { archiveTree } from './tar-cli';

export interface MachineRun {
  machine: string;
  target: SshTarget;
  /** Working directory inside the VM. */
  remoteDir: string;
  /** This machine's scratch directory on the controller (archives, fetched reports). */
  localDir: string;
  jobs: DanceJob[];
  scope: ProcessScope;
  info: (line: string) => void;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** The distinct module trees of the jobs, each with its directory number inside the VM. */
function treeIndex(jobs: DanceJob[]): Map<string, number> {
  const trees = new Map<string, number>();
  for (const job of jobs) if (!trees.has(resolve(job.repo))) trees.set(resolve(job.repo), trees.size);
  return trees;
}

/** Every process of a machine's run works in its local directory: destroy finds strays by cwd. */
const sshContext = (run: MachineRun): SshContext => ({ target: run.target, cwd: run.localDir, scope: run.scope });

async function upload(run: MachineRun, engine: EngineFiles, trees: Map<string, number>): Promise<void> {
  const { remoteDir: r, scope } = run;
  const started = Date.now();
  mkdirSync(run.localDir, { recursive: true });
  const archives: string[] = [];
  for (const [dir, i] of trees) {
    archives.push(join(run.localDir, `tree-${i}.tar`));
    await archiveTree(dir, archives[i], scope, run.localDir);
  }
  // overlayfs is a module on Debian; loading it here is cheap insurance when the box did not.
  // A later dance call on the same VM (release: apply, then verify) finds the engine in place.
  const prepare = `mkdir -p ${r}/incoming && (sudo -n modprobe overlay 2>/dev/null || true) && (test -x ${r}/engine/node && echo engine-present || true)`;
  const present = (await ssh(sshContext(run), ['sh', '-c', prepare])).stdout.includes('engine-present');
  const files = present ? archives : [engine.cli, engine.helper, engine.node, ...archives];
  await scp(sshContext(run), 'up', files, `${r}/incoming/`);
  const unpack = [
    'set -e',
    `cd ${r}`,
    'mkdir -p engine',
    ...(present ? [] : ['mv incoming/cli.js incoming/disco-sandbox engine/', `mv ${shellJoin([`incoming/${basename(engine.node)}`])} engine/node`]),
    // Reports and trees of an earlier call must not be mistaken for this call's.
    'rm -rf reports trees && mkdir reports',
    // As root, so files keep the controller's numeric owners and exact modes (-p ignores umask):
    // the dance then sees the same module files as a local dance would.
    ...[...trees.values()].map((i) => `mkdir -p trees/${i} && tar -C trees/${i} --same-owner --numeric-owner -xpf incoming/tree-${i}.tar`),
    'rm -rf incoming',
  ].join('\n');
  await ssh(sshContext(run), ['sudo', '-n', 'sh', '-c', unpack]);
  run.info(`${run.machine}: ${present ? '' : 'engine and '}${trees.size} module tree(s) uploaded in ${seconds(Date.now() - started)}`);
}

/** The remote command line of one dance. */
export function danceCommand(remoteDir: string, job: DanceJob, tree: number, index: number): string[] {
  return [
    'sudo', '-n', `${remoteDir}/engine/node`, `${remoteDir}/engine/cli.js`, 'dance',
    ...(job.mode === 'noop' ? ['--noop'] : []),
    '--repo', `${remoteDir}/trees/${tree}`,
    '--node', job.node,
    '--root', '/',
    '--json', `${remoteDir}/reports/${index}.json`,
  ];
}

/** Runs the jobs one after the other; returns why a job produced no report, by job index. */
async function danceAll(run: MachineRun, trees: Map<string, number>): Promise<Map<number, string>> {
  const errors = new Map<number, string>();
  for (const [index, job] of run.jobs.entries()) {
    const started = Date.now();
    run.info(`${run.machine}: dance ${job.node} (${job.label}, ${job.mode})`);
    const result = await trySsh(sshContext(run), danceCommand(run.remoteDir, job, trees.get(resolve(job.repo)) ?? 0, index));
    const verdict = result.exitCode === 0 ? 'passed' : result.exitCode === 1 ? 'failed' : `error (exit ${result.exitCode ?? 'signal'})`;
    run.info(`${run.machine}: ${job.node} (${job.label}) ${verdict} in ${seconds(Date.now() - started)}`);
    if (result.exitCode !== 0 && result.exitCode !== 1) {
      const last = (result.stderr || result.stdout).trim().split('\n').pop() ?? '';
      errors.set(index, last || `the dance exited ${result.exitCode ?? 'on a signal'}`);
    }
  }
  return errors;
}

/** Brings the reports directory back, then places each job's report at its reportPath. */
async function collect(run: MachineRun, errors: Map<number, string>): Promise<DanceOutcome[]> {
  rmSync(join(run.localDir, 'reports'), { recursive: true, force: true });
  try {
    await scp(sshContext(run), 'down', [`${run.remoteDir}/reports`], run.localDir);
  } catch (error) {
    if (!(error instanceof CommandFailed)) throw error;
  }
  return run.jobs.map((job, index) => {
    const fetched = join(run.localDir, 'reports', `${index}.json`);
    if (!existsSync(fetched)) return { job, error: errors.get(index) ?? 'the dance left no report' };
    mkdirSync(dirname(job.reportPath), { recursive: true });
    copyFileSync(fetched, job.reportPath);
    try {
      return { job, report: parseReport(readFileSync(fetched, 'utf8'), job.reportPath) };
    } catch (error) {
      return { job, error: (error as Error).message };
    }
  });
}

/** Upload, dance every job, collect: one VM's share of the work. */
export async function danceOnMachine(run: MachineRun, engine: EngineFiles): Promise<DanceOutcome[]> {
  const trees = treeIndex(run.jobs);
  try {
    await upload(run, engine, trees);
    const errors = await danceAll(run, trees);
    return await collect(run, errors);
  } catch (error) {
    if (error instanceof Interrupted) throw error;
    const message = `${run.machine}: ${(error as Error).message}`;
    return run.jobs.map((job) => ({ job, error: message }));
  }
}
