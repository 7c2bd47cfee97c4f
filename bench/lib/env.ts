/**
 * Where the benchmark keeps its generated workloads (a cache: built once, reused while its recipe
 * holds), how it runs the disco CLI and other commands, and the checks it needs before it starts.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { msSince } from './stats';

export const PROJECT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..');
export const CACHE = process.env.DISCO_BENCH_DIR || '/var/tmp/disco-bench';
export const CLI = join(PROJECT, 'dist/cli.js');
export const HELPER = join(PROJECT, 'dist/disco-sandbox');
/** disco's own state (locks, journals, last report) for the benchmark's dances: never /var/lib/disco. */
export const STATE = join(CACHE, 'state');
/** This run's own scratch (reports, bare roots, apply targets): runs sharing the cache do not collide. */
export const WORK = join(CACHE, 'work', String(process.pid));
/**
 * disco's own temporary directories (each dance's share, layer and scratch mount point) go here
 * rather than to /tmp: a shared machine's /tmp can hold hundreds of other runs' directories, and on
 * such a /tmp creating a file was measured 4x slower than beside it on the same disk (see README).
 */
export const TMP = join(CACHE, 'tmp');

export const log = (line: string): void => void process.stderr.write(`bench: ${line}\n`);

/**
 * A cached directory: `build(tmp)` fills a temporary directory that is renamed into place, and a
 * `.bench-recipe` file records what it was built from, so a changed recipe rebuilds it.
 */
export function cached(path: string, recipe: string, build: (tmp: string) => void): string {
  const marker = join(path, '.bench-recipe');
  const current = (): boolean => existsSync(marker) && readFileSync(marker, 'utf8') === recipe;
  if (current()) return path;
  // Built under a name of this process's own: another run building the same thing meanwhile
  // (a CI job beside a developer's run) does not collide with it, and the first to finish wins.
  const tmp = `${path}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    build(tmp);
    writeFileSync(join(tmp, '.bench-recipe'), recipe);
    if (current()) return path;
    rmSync(path, { recursive: true, force: true });
    renameSync(tmp, path);
  } catch (error) {
    if (!current()) throw error;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return path;
}

/** A hard-link copy of a tree (cheap; anything that writes in place must not be given one). */
export function linkCopy(src: string, dst: string): void {
  rmSync(dst, { recursive: true, force: true });
  mkdirSync(dirname(dst), { recursive: true });
  execFileSync('cp', ['-al', src, dst]);
}

export function removeTree(path: string): void {
  rmSync(path, { recursive: true, force: true });
}

/** The newest modification time among the files under `dir` (sources newer than dist/ need a build). */
function newest(dir: string): number {
  let max = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return max;
}

/** Builds dist/ (the bundled CLI and the sandbox helper) when it is missing or older than its sources. */
export function ensureBuilt(): void {
  const built = [CLI, HELPER].every(existsSync) ? Math.min(statSync(CLI).mtimeMs, statSync(HELPER).mtimeMs) : 0;
  const sources = Math.max(newest(join(PROJECT, 'src')), newest(join(PROJECT, 'native')));
  if (built >= sources) return;
  log('dist/ is missing or older than src/ or native/: npm run build');
  execFileSync('npm', ['run', 'build'], { cwd: PROJECT, stdio: ['ignore', 2, 2] });
}

export interface Ran {
  ms: number;
  code: number;
  stderr: string;
}

/** Runs a command to its end and times it (wall clock, spawn to exit); stdout is discarded. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Ran> {
  return new Promise((resolvePromise, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 64 * 1024) stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolvePromise({ ms: msSince(start), code: code ?? (signal ? 128 : 1), stderr }));
  });
}

/** The environment of the benchmark's disco processes: their own state directory. */
export const discoEnv = (): NodeJS.ProcessEnv => ({ ...process.env, DISCO_STATE_DIR: STATE, NOOP: '' });

/** The benchmark breaks (not a MISS): say why and stop. */
export class BenchError extends Error {}
