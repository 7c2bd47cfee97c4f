/**
 * The process-edge doubles for the vagrant driver's unit tests: test/bin (fake vagrant, ssh, scp,
 * virsh) first on PATH, a call log to read back, and a sandbox of temporary directories standing
 * in for the cache, the job directories and the VM's filesystem.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DanceJob, Progress } from '../../../../src/drivers/driver';
import type { VagrantDriverOptions } from '../../../../src/drivers/vagrant/settings';

export const PROJECT = resolve(import.meta.dirname, '../../../..');
export const FAKE_BIN = join(PROJECT, 'test/bin');

export interface Call {
  tool: string;
  args: string[];
  cwd: string;
  env?: Record<string, string>;
  stateAtCall?: Record<string, unknown>;
}

export interface FakeWorld {
  root: string;
  log: string;
  stateFile: string;
  options: VagrantDriverOptions;
  calls(tool?: string): Call[];
  /** vagrant argument arrays without the global flags. */
  vagrantArgs(): string[][];
  lines: string[];
  progress: Progress;
  jobs(nodes: string[], labels?: string[]): DanceJob[];
  cleanup(): void;
}

/** Sets PATH and the fakes' environment for this process (the driver spawns from it). */
export function fakeWorld(env: Record<string, string> = {}): FakeWorld {
  const root = mkdtempSync(join(tmpdir(), 'disco-vagrant-unit-'));
  const log = join(root, 'calls.jsonl');
  const stateFile = join(root, 'state.json');
  const engine = join(root, 'engine');
  mkdirSync(engine);
  writeFileSync(join(engine, 'cli.js'), '// engine');
  writeFileSync(join(engine, 'disco-sandbox'), 'helper');
  writeFileSync(join(engine, 'node'), 'a node binary', { mode: 0o755 });
  const repo = join(root, 'repo');
  mkdirSync(join(repo, 'parameters/web1/modules'), { recursive: true });
  writeFileSync(join(repo, 'parameters/web1/modules/base'), '');
  const saved = { ...process.env };
  Object.assign(process.env, {
    PATH: `${FAKE_BIN}:${process.env.PATH}`,
    FAKE_LOG: log,
    FAKE_STATE_FILE: stateFile,
    DISCO_ENGINE_DIR: engine,
    DISCO_ENGINE_NODE: join(engine, 'node'),
    ...env,
  });
  const lines: string[] = [];
  const calls = (tool?: string): Call[] =>
    readFileSync(log, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Call)
      .filter((call) => !tool || call.tool === tool);
  return {
    root,
    log,
    stateFile,
    lines,
    calls: (tool) => {
      try {
        return calls(tool);
      } catch {
        return [];
      }
    },
    vagrantArgs: () => {
      try {
        return calls('vagrant').map((call) => call.args.filter((arg) => arg !== '--no-tty' && arg !== '--no-color'));
      } catch {
        return [];
      }
    },
    options: {
      box: 'disco/test-box',
      accel: 'qemu',
      cacheDir: join(root, 'cache'),
      vagrantHome: join(root, 'cache/vagrant.d'),
      workDir: join(root, 'jobs'),
      remoteRoot: join(root, 'vm'),
      libvirtUri: 'qemu:///system',
      handleSignals: false,
      persist: (state) => writeFileSync(stateFile, JSON.stringify(state)),
    },
    progress: {
      info: (line) => void lines.push(line),
      group: async (title, work) => {
        lines.push(`[${title}]`);
        return work();
      },
    },
    jobs: (nodes, labels = ['head']) =>
      labels.flatMap((label) =>
        nodes.map((node) => ({ node, repo, label, mode: 'noop' as const, reportPath: join(root, 'out', label, `${node}.json`) })),
      ),
    cleanup: () => {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
      rmSync(root, { recursive: true, force: true });
    },
  };
}
