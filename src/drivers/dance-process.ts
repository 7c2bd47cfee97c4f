/**
 * One dance through the engine's command line (`disco dance … --json FILE`), as root, on this
 * machine: what the local and chroot drivers share. The engine's text goes to `progress.untrusted`
 * a module at a time; a line of progress marks long phases; the report comes back as a file.
 */
import { execa } from 'execa';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readReport } from '../report/read-report';
import type { DanceJob, DanceOutcome, Progress } from './driver';
import { engineCli, engineNode } from './engine-files';
import { rootArgv } from './privileged';

export interface EngineRun {
  job: DanceJob;
  /** The target root the dance runs over. */
  root: string;
  /** A directory of the run for the engine's temporary files and state (never the host's /tmp). */
  scratch: string;
  progress: Progress;
}

const MODULE_LINE = /^info: Processing (.*)$/;

/** Seconds between "still dancing" lines; DISCO_PROGRESS_SECONDS shortens it (tests). */
const heartbeatSeconds = (): number => Number(process.env.DISCO_PROGRESS_SECONDS) || 30;

export async function runEngine(run: EngineRun): Promise<DanceOutcome> {
  const { job, progress } = run;
  const tmp = join(run.scratch, 'tmp');
  mkdirSync(tmp, { recursive: true });
  mkdirSync(join(run.scratch, 'state'), { recursive: true });
  const args = [engineCli(), 'dance', ...(job.mode === 'noop' ? ['--noop'] : []), '--repo', job.repo, '--node', job.node,
    '--root', run.root, '--json', job.reportPath];
  // The engine gets a minimal environment: no token or input of the action reaches it.
  const env: Record<string, string> = { TMPDIR: tmp, DISCO_STATE_DIR: join(run.scratch, 'state'), LANG: 'C.UTF-8' };
  if (process.env.DISCO_SANDBOX_HELPER) env.DISCO_SANDBOX_HELPER = process.env.DISCO_SANDBOX_HELPER;
  const [file, ...argv] = rootArgv([engineNode(), ...args], env);

  const started = Date.now();
  let module = '';
  let pending: string[] = [];
  const flush = (): void => {
    if (pending.length && progress.untrusted) progress.untrusted(pending.join('\n') + '\n');
    pending = [];
  };
  const timer = setInterval(() => {
    const seconds = Math.round((Date.now() - started) / 1000);
    progress.info(`${job.node} ${job.label}: still dancing after ${seconds} s${module ? ` (module ${module})` : ''}`);
  }, heartbeatSeconds() * 1000);

  const subprocess = execa(file!, argv, {
    reject: false,
    stdin: 'ignore',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
    extendEnv: false,
    buffer: { stdout: false, stderr: true },
    maxBuffer: { stderr: 1024 * 1024 },
  });
  try {
    for await (const line of subprocess) {
      const text = String(line);
      const next = MODULE_LINE.exec(text);
      if (next) {
        flush();
        module = next[1]!;
      }
      pending.push(text);
    }
  } finally {
    clearInterval(timer);
    flush();
  }
  const result = await subprocess;
  return outcome(job, result.exitCode, result.signal, String(result.stderr ?? ''));
}

function outcome(job: DanceJob, exitCode: number | undefined, signal: string | undefined, stderr: string): DanceOutcome {
  const said = stderr.split('\n').find((line) => line.startsWith('error: '))?.slice(7) ?? stderr.trim().split('\n').pop() ?? '';
  if ((exitCode === 0 || exitCode === 1) && existsSync(job.reportPath)) {
    try {
      return { job, report: readReport(job.reportPath) };
    } catch (error) {
      return { job, error: (error as Error).message };
    }
  }
  if (signal) return { job, error: `the engine was killed by ${signal}` };
  if (exitCode === 2) return { job, error: said || 'bad input' };
  return { job, error: `the engine exited with code ${exitCode ?? '?'}${said ? `: ${said}` : ''}` };
}
