/**
 * One fetch test's world in a temp dir: the server's home (seed layout), the client's state dir
 * and parameter tree (never the machine's /var/lib/disco), and the CLI run against them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli, type CliResult } from '../../helpers/cli';
import { PROJECT, treeHash } from '../../helpers/rootfs';

/** path → content; `{ link }` for a symlink; `{ bytes }` for a file of that many zero bytes. */
export type TreeSpec = Record<string, string | { link: string } | { bytes: number }>;

export function writeTree(root: string, spec: TreeSpec): void {
  for (const [path, content] of Object.entries(spec)) {
    const full = join(root, path);
    mkdirSync(path.endsWith('/') ? full : dirname(full), { recursive: true });
    if (path.endsWith('/')) continue;
    rmSync(full, { recursive: true, force: true });
    if (typeof content === 'string') writeFileSync(full, content, { mode: path.includes('/scripts/') ? 0o755 : 0o644 });
    else if ('link' in content) symlinkSync(content.link, full);
    else writeFileSync(full, Buffer.alloc(content.bytes));
  }
}

export class FetchWorld {
  readonly dir = mkdtempSync(join(tmpdir(), 'disco-fetch-'));
  readonly home = join(this.dir, 'server');
  readonly state = join(this.dir, 'state');
  readonly tree = join(this.dir, 'params');
  /** Where `disco fetch` puts its copy by default (documented: `<state dir>/fetched`). */
  readonly dest = join(this.state, 'fetched');

  constructor() {
    mkdirSync(this.home, { recursive: true });
  }

  /** The server home holds the seed example (examples/seed), as in the seed's README. */
  withSeed(): this {
    cpSync(join(PROJECT, 'examples/seed'), this.home, { recursive: true, verbatimSymlinks: true });
    return this;
  }

  serve(spec: TreeSpec): this {
    writeTree(this.home, spec);
    return this;
  }

  disco(args: string[], env: Record<string, string> = {}): CliResult {
    return runCli(args, { env: this.env(env) });
  }

  env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env, DISCO_STATE_DIR: this.state, DISCO_PARAM_TREE: this.tree, ...extra };
    if (!extra.DISCO_DEBUG) delete env.DISCO_DEBUG;
    return env;
  }

  /** What the local copy is now: the link, a hash of everything in it, and the dirs beside it. */
  snapshot(dest = this.dest): { link: string; hash: string; siblings: string[] } {
    return { link: readlinkSync(dest), hash: treeHash(dest), siblings: this.siblings(dest) };
  }

  /** The names next to the destination: the current copy, and any staging left behind. */
  siblings(dest = this.dest): string[] {
    return readdirSync(dirname(dest)).filter((name) => name.startsWith('.')).sort();
  }

  isLink(path: string): boolean {
    return lstatSync(path).isSymbolicLink();
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * The CLI as a child of its own process group, for tests that kill a fetch midway: the bundle when
 * built (unless DISCO_TEST_FROM_SOURCE is set), else the sources through tsx — as helpers/cli.ts.
 */
export function spawnDisco(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const bundle = join(PROJECT, 'dist/cli.js');
  const argv = existsSync(bundle) && !process.env.DISCO_TEST_FROM_SOURCE
    ? [bundle, ...args]
    : ['--import', 'tsx', join(PROJECT, 'src/cli/index.ts'), ...args];
  return spawn(process.execPath, argv, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
}
