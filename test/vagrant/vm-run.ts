/**
 * Runs the CLI (the fresh bundle, as users run it) inside the test's network namespace, line by
 * line, optionally sending a signal when a line shows the moment to interrupt.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT } from '../helpers/rootfs';
import type { LibvirtHost } from './libvirt-host';

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  lines: string[];
  ms: number;
  /** When the signal was sent, ms after the start. */
  signalledAt?: number;
}

export interface Interrupt {
  when: RegExp;
  signal: NodeJS.Signals;
  /** Wait this long after the matching line before signalling. */
  delayMs?: number;
}

const CLI = join(PROJECT, 'dist/cli.js');

export function runCli(host: LibvirtHost, args: string[], interrupt?: Interrupt, echo = true): Promise<CliRun> {
  const argv = host.inNetns([process.execPath, CLI, ...args]);
  const started = Date.now();
  const child = spawn(argv[0], argv.slice(1), { cwd: PROJECT, stdio: ['ignore', 'pipe', 'pipe'] });
  const run: CliRun = { code: null, signal: null, lines: [], ms: 0 };
  let pending = '';
  let fired = false;
  const onData = (chunk: Buffer): void => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      run.lines.push(line);
      if (echo) process.stdout.write(`    | ${line}\n`);
      if (interrupt && !fired && interrupt.when.test(line)) {
        fired = true;
        setTimeout(() => {
          run.signalledAt = Date.now() - started;
          process.stdout.write(`    > ${interrupt.signal} after ${(run.signalledAt / 1000).toFixed(1)} s\n`);
          child.kill(interrupt.signal);
        }, interrupt.delayMs ?? 0);
      }
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      if (pending) run.lines.push(pending);
      Object.assign(run, { code, signal, ms: Date.now() - started });
      resolve(run);
    }),
  );
}

/** A local dance on a root filesystem directory, as the comparison baseline. */
export function localDance(repo: string, node: string, root: string, json: string): number | null {
  const result = spawnSync(process.execPath, [CLI, 'dance', '--noop', '--repo', repo, '--node', node, '--root', root, '--json', json], {
    cwd: PROJECT,
    encoding: 'utf8',
  });
  if (result.status !== 0 && result.status !== 1) throw new Error(`local dance of ${node} failed: ${result.stderr}`);
  return result.status;
}

/** Seconds from the first line matching `pattern` (its first capture group). */
export function secondsFrom(lines: string[], pattern: RegExp): number[] {
  return lines.map((line) => pattern.exec(line)?.[1]).filter((s): s is string => !!s).map(Number);
}
