/**
 * What the containment tests share: private copies of the hostile fixture repos (with the run's
 * values as node parameters and the `hostile` program at bin/hostile), a noop dance that must end
 * with a report, and the host's own state — canaries, listeners, namespaces, mounts, links,
 * sysctls, keys, files — taken before a dance and compared after it.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { DanceReport } from '../../../src/model/dance-report';
import { runCli } from '../../helpers/cli';
import { PROJECT, removeTree } from '../../helpers/rootfs';

/** One token per test process: every file or key an attack tries to leave behind carries it. */
export const TOKEN = randomBytes(6).toString('hex');

const FIXTURES = join(PROJECT, 'test/fixtures/repos');
const PROGRAM_SOURCE = join(PROJECT, 'test/integration/containment/programs/hostile.c');

/** Everything this process created on the host, removed by `cleanUp()`. */
const created: string[] = [];
/** The host files the test itself made (canaries): carrying TOKEN, yet no escape. */
const ownFiles = new Set<string>();

export function cleanUp(): void {
  for (const path of created.splice(0).reverse()) rmSync(path, { recursive: true, force: true });
  // What an escape would have left on the host (the test has failed then): files named with TOKEN.
  for (const path of tokenFiles(HOST_DIRS, 1)) if (!ownFiles.has(path)) rmSync(path, { recursive: true, force: true });
}

let program: string | undefined;

/** The hostile program, compiled static once per test process (it runs from the repo mount). */
function hostileProgram(): string {
  if (!program) {
    const dir = mkdtempSync(join(tmpdir(), 'disco-hostile-bin-'));
    created.push(dir);
    program = join(dir, 'hostile');
    execFileSync('cc', ['-static', '-O2', '-o', program, PROGRAM_SOURCE], { stdio: 'inherit' });
  }
  return program;
}

/**
 * A private copy of `test/fixtures/repos/<fixture>` with `params` written as parameters of `node`
 * (and `repo_path`, the copy's own host path) and the hostile program at `bin/hostile`.
 */
export function hostileRepo(fixture: string, node: string, params: Record<string, string | number>): string {
  const repo = mkdtempSync(join(tmpdir(), `disco-${fixture}-`));
  created.push(repo);
  cpSync(join(FIXTURES, fixture), repo, { recursive: true });
  for (const [key, value] of Object.entries({ repo_path: repo, ...params })) {
    const path = join(repo, 'parameters', node, 'parameters', key);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, String(value));
  }
  mkdirSync(join(repo, 'bin'));
  cpSync(hostileProgram(), join(repo, 'bin/hostile'));
  return repo;
}

export interface DanceResult {
  code: number;
  stdout: string;
  stderr: string;
  /** The report file's text, as written. */
  json: string;
  report: DanceReport;
  seconds: number;
}

/**
 * A noop dance (always --noop: these repos are hostile). It must end as a dance does — exit 0 or 1
 * with a valid report — within `timeoutMs`; a dance that hangs fails the test.
 */
export function noopDance(repo: string, node: string, root: string, timeoutMs = 120_000): DanceResult {
  const dir = mkdtempSync(join(tmpdir(), 'disco-hostile-report-'));
  const json = join(dir, 'report.json');
  const started = Date.now();
  try {
    const result = runCli(['dance', '--noop', '--repo', repo, '--node', node, '--root', root, '--json', json], {
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
    });
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds * 1000 < timeoutMs, `the dance did not end within ${timeoutMs / 1000} s`);
    assert.ok([0, 1].includes(result.code), `exit ${result.code}, expected 0 or 1: ${result.stderr}\n${result.stdout.slice(-2000)}`);
    assert.ok(existsSync(json), `no report written: ${result.stderr}`);
    const text = readFileSync(json, 'utf8');
    const report = JSON.parse(text) as DanceReport;
    assert.equal(report.schema, 'disco.dance/v1');
    assert.equal(report.mode, 'noop');
    assert.equal(report.node, node);
    assert.ok(Array.isArray(report.modules) && Array.isArray(report.errors));
    assert.equal(report.status, result.code === 0 ? 'passed' : 'failed');
    return { ...result, json: text, report, seconds };
  } finally {
    removeTree(dir);
  }
}

/** Everything the steps of `module` printed, in order. */
export function moduleOutput(report: DanceReport, module: string): string {
  const found = report.modules.find((m) => m.name === module);
  assert.ok(found, `module ${module} is not in the report`);
  return found.steps.map((s) => s.output).join('\n');
}

/** The output of one step (by name) of a module. */
export function stepOutput(report: DanceReport, module: string, step: string): string {
  const found = report.modules.find((m) => m.name === module)?.steps.find((s) => s.name === step);
  assert.ok(found, `step ${module}/${step} is not in the report`);
  return found.output;
}

/** The `RESULT <what>: <outcome>` lines an attack printed, by what. */
export function results(output: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const match of output.matchAll(/^RESULT (.+?): (.*)$/gm)) map.set(match[1], match[2]);
  return map;
}

/** Asserts the attack ran (its ATTEMPT line is there) and reached nothing (no ESCAPED or REFUSED). */
export function assertContained(output: string, attempt: string): void {
  assert.ok(output.includes(`ATTEMPT ${attempt}`), `the attack '${attempt}' did not run:\n${output}`);
  assert.doesNotMatch(output, /^(ESCAPED|REFUSED)\b.*$/m, output);
}

/** Asserts every listed RESULT failed (anything but `ok` / `exit 0`). */
export function assertFailed(output: string, ...whats: string[]): void {
  const map = results(output);
  for (const what of whats) {
    const outcome = map.get(what);
    assert.ok(outcome !== undefined, `no RESULT for '${what}' in:\n${output}`);
    assert.ok(outcome !== 'ok' && outcome !== 'exit 0', `'${what}' succeeded inside the sandbox:\n${output}`);
  }
}

/** The host's namespace ids (`pid:[4026531836]`, …) as this test process sees them. */
export function hostNamespaces(): Record<'pid' | 'mnt' | 'net' | 'uts' | 'ipc', string> {
  const id = (kind: string): string => readlinkSync(`/proc/self/ns/${kind}`);
  return { pid: id('pid'), mnt: id('mnt'), net: id('net'), uts: id('uts'), ipc: id('ipc') };
}

/** A process of the host that hostile modules try to kill: `sleep` under a name of its own. */
export class Canary {
  readonly name = `disco-canary-${TOKEN}-${randomBytes(3).toString('hex')}`;
  private readonly child: ChildProcess;

  constructor() {
    this.child = spawn('bash', ['-c', `exec -a ${this.name} sleep 900`], { stdio: 'ignore', detached: true });
    this.child.unref();
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Still running, and still the same process (its command line carries the name). */
  alive(): boolean {
    try {
      const state = readFileSync(`/proc/${this.pid}/stat`, 'utf8').split(') ')[1]?.[0];
      return readFileSync(`/proc/${this.pid}/cmdline`, 'utf8').startsWith(this.name) && state !== 'Z';
    } catch {
      return false;
    }
  }

  stop(): void {
    try {
      process.kill(this.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/**
 * Servers of the host that hostile modules try to reach: TCP on 127.0.0.1, an abstract unix socket
 * and (for dances on this machine's own /) a unix socket on the host's root filesystem, which the
 * sandbox's overlay shows as a socket file. Connections are counted when accepted; `settle()` lets pending ones be accepted (the
 * dance runs synchronously, so the kernel queues them meanwhile).
 */
export class Listeners {
  readonly abstractName = `disco-canary-${TOKEN}`;
  readonly socketPath = `/var/tmp/disco-canary-${TOKEN}.sock`;
  tcpPort = 0;
  connections: string[] = [];
  private readonly servers: Server[] = [];

  async start(options: { socketFile?: boolean } = {}): Promise<void> {
    const tcp = createServer((socket) => {
      this.connections.push('tcp');
      socket.destroy();
    });
    const unix = createServer((socket) => {
      this.connections.push('abstract');
      socket.destroy();
    });
    this.servers.push(tcp, unix);
    await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
    await new Promise<void>((resolve) => unix.listen(`\0${this.abstractName}`, resolve));
    this.tcpPort = (tcp.address() as { port: number }).port;
    if (options.socketFile) {
      const file = createServer((socket) => {
        this.connections.push('socket file');
        socket.destroy();
      });
      this.servers.push(file);
      rmSync(this.socketPath, { force: true });
      await new Promise<void>((resolve) => file.listen(this.socketPath, resolve));
      ownFiles.add(this.socketPath);
      created.push(this.socketPath);
    }
  }

  async settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 300));
  }

  close(): void {
    for (const server of this.servers) server.close();
  }
}

const SYSCTLS = [
  'kernel/hostname',
  'kernel/domainname',
  'kernel/sysrq',
  'kernel/core_pattern',
  'kernel/modprobe',
  'net/ipv4/ip_forward',
  'net/ipv4/ip_default_ttl',
  'net/ipv4/conf/all/forwarding',
  'vm/swappiness',
];

const readOr = (path: string, fallback = '(none)'): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return fallback;
  }
};

export interface HostState {
  hostname: string;
  mounts: string[];
  links: string[];
  addresses: string;
  sysctls: Record<string, string>;
  modules: string;
  keys: string[];
}

/** The parts of the host a sandboxed step could change, as this test process sees them. */
export function hostState(): HostState {
  return {
    hostname: hostname(),
    // Mount ids and options of this process's own mount namespace: nothing may come or go.
    mounts: readFileSync('/proc/self/mountinfo', 'utf8').split('\n').filter(Boolean).sort(),
    links: readdirSync('/sys/class/net').sort(),
    addresses: ['/proc/net/if_inet6', '/proc/net/fib_trie', '/proc/net/route'].map((path) => readOr(path)).join('\n'),
    sysctls: Object.fromEntries(SYSCTLS.map((name) => [name, readOr(`/proc/sys/${name}`)])),
    modules: readOr('/proc/modules'),
    // Key descriptions (not usage counts, which the host's own processes change).
    keys: readOr('/proc/keys', '')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(/\s+/).slice(7).join(' ').replace(/: .*$/, ''))
      .sort(),
  };
}

/**
 * Puts back what a failed containment test may have changed on the host (its name, sysctls, links
 * the attacks add, the clock), so that a failing test does not leave the machine altered. Does
 * nothing when the sandbox held.
 */
export function restoreHost(before: HostState | undefined, startedAt: { wall: number; mono: bigint } | undefined): void {
  if (!before || !startedAt) return;
  const now = hostState();
  if (now.hostname !== before.hostname) execFileSync('hostname', [before.hostname]);
  for (const [name, value] of Object.entries(before.sysctls)) {
    if (now.sysctls[name] !== value && value !== '(none)') writeFileSync(`/proc/sys/${name}`, value);
  }
  for (const link of now.links) {
    if (!before.links.includes(link) && /^(disco-pwn|dpwn)/.test(link)) execFileSync('ip', ['link', 'del', link]);
  }
  const expected = startedAt.wall + Number((process.hrtime.bigint() - startedAt.mono) / 1_000_000n);
  if (Math.abs(Date.now() - expected) > 5000) execFileSync('date', ['-s', `@${Math.round(expected / 1000)}`]);
}

/** Compares the host with an earlier `hostState()`, and checks the clock was not set. */
export function assertHostUnchanged(before: HostState, startedAt: { wall: number; mono: bigint }): void {
  const after = hostState();
  assert.equal(after.hostname, before.hostname, 'the host name changed');
  assert.deepEqual(after.mounts, before.mounts, 'the mounts of the test process changed');
  assert.deepEqual(after.links, before.links, 'the host has other network links');
  assert.equal(after.addresses, before.addresses, 'the host has other addresses');
  assert.deepEqual(after.sysctls, before.sysctls, 'a sysctl of the host changed');
  assert.equal(after.modules, before.modules, 'the kernel modules changed');
  assert.deepEqual(after.keys.filter((k) => k.includes(TOKEN)), [], 'a key was added to a keyring of the host');
  // The wall clock moved as much as the monotonic one (give or take 5 s): nobody set it.
  const wall = Date.now() - startedAt.wall;
  const mono = Number((process.hrtime.bigint() - startedAt.mono) / 1_000_000n);
  assert.ok(Math.abs(wall - mono) < 5000, `the host clock jumped by ${wall - mono} ms`);
}

export const clockNow = (): { wall: number; mono: bigint } => ({ wall: Date.now(), mono: process.hrtime.bigint() });

/** Paths under `dirs` (walked `depth` levels deep, never across a symlink) whose name has TOKEN. */
export function tokenFiles(dirs: string[], depth = 3): string[] {
  const found: string[] = [];
  const walk = (dir: string, left: number): void => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      if (name.includes(TOKEN)) found.push(path);
      if (left > 0 && !name.includes(TOKEN)) {
        try {
          if (lstatSync(path).isDirectory()) walk(path, left - 1);
        } catch {
          // gone meanwhile
        }
      }
    }
  };
  for (const dir of dirs) walk(dir, depth);
  return found;
}

/** Host places an escaping write would land in (plus the test's temp dirs, walked deeper). */
export const HOST_DIRS = ['/', '/root', '/etc', '/var/tmp', '/run', '/var/cache/disco-test'];

/** Asserts no file carrying TOKEN exists on the host outside the test's own repo copies. */
export function assertNoTokenFiles(...allowed: string[]): void {
  const found = [...tokenFiles(HOST_DIRS, 1), ...tokenFiles([tmpdir()], 4)].filter(
    (path) => !ownFiles.has(path) && !allowed.some((prefix) => path === prefix || path.startsWith(prefix + '/')),
  );
  assert.deepEqual(found, [], 'files were written outside the target');
}

/** A host file with known content that hostile modules try to overwrite, delete or read. */
export function hostFile(prefix: string, content = `${prefix} ${randomBytes(16).toString('hex')}\n`): { path: string; content: string } {
  const path = `/var/tmp/disco-${prefix}-${TOKEN}`;
  writeFileSync(path, content);
  created.push(path);
  ownFiles.add(path);
  return { path, content };
}

/** The major and minor numbers of the device holding the host's root filesystem. */
export function rootDevice(): { major: number; minor: number } {
  const dev = statSync('/').dev;
  return { major: Math.floor(dev / 256) & 0xfff, minor: (dev & 0xff) | ((dev >> 12) & 0xfff00) };
}

/** Names at the top of the host's / that the target root does not have (seen only by an escape). */
export function hostOnlyNames(root: string): string[] {
  const target = new Set(readdirSync(root));
  return readdirSync('/').filter((name) => !target.has(name) && !name.includes(TOKEN));
}
