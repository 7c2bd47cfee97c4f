/**
 * Noop dances through the CLI (`node dist/cli.js dance --noop … --json FILE`, its stdout to
 * /dev/null), each beside a bare run of the same templates and scripts (workloads/bare.ts says how
 * that run is kept fair). Runs alternate (disco first, then bare first) so a change of load hits
 * both sides alike; the ratio is the median of the per-pair ratios. Every dance runs under
 * /usr/bin/time, whose maximum resident set size is the dance process's peak RSS (the node process
 * dominates it; the helper and the steps are smaller).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DanceReport } from '../../src/model/dance-report';
import { checkReport } from '../lib/engine';
import { BenchError, CLI, discoEnv, log, run, WORK } from '../lib/env';
import type { Row } from '../lib/row';
import { stats } from '../lib/stats';
import { prepareBare, resetBare, runBare } from '../workloads/bare';
import type { Workload } from '../workloads/fleet';

export interface NoopResult {
  workload: Workload;
  disco: number[];
  bare: number[];
  ratios: number[];
  /** Peak RSS of each dance, MB. */
  rss: number[];
}

const TIME = '/usr/bin/time';

/** GNU time, for the dance process's peak RSS; installed from the distribution when missing. */
export function ensureTime(): void {
  if (existsSync(TIME)) return;
  log('installing GNU time (apt-get install time) for the peak RSS');
  execFileSync('apt-get', ['install', '-y', '-qq', 'time'], { stdio: ['ignore', 2, 2], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** One noop dance through the CLI, on `node` (by default the one running the benchmark). */
export async function discoRun(workload: Workload, root: string, node = process.execPath): Promise<{ ms: number; rssMB: number }> {
  const json = join(WORK, `${workload.name}.json`);
  const rssFile = join(WORK, `${workload.name}.rss`);
  rmSync(json, { force: true });
  const ran = await run(
    TIME,
    ['-f', '%M', '-o', rssFile, node, CLI, 'dance', '--noop', '--repo', workload.repo, '--node', workload.node, '--root', root, '--json', json],
    discoEnv(),
  );
  if (ran.code !== 0 || !existsSync(json)) throw new BenchError(`${workload.name}: disco dance exited ${ran.code}: ${ran.stderr.trim().split('\n').pop() ?? ''}`);
  checkReport(workload, JSON.parse(readFileSync(json, 'utf8')) as DanceReport);
  const rssKiB = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
  return { ms: ran.ms, rssMB: rssKiB / 1024 };
}

export async function noopRuns(workload: Workload, root: string, runs: number, warmUp: boolean): Promise<NoopResult> {
  const bare = prepareBare(workload, root);
  const result: NoopResult = { workload, disco: [], bare: [], ratios: [], rss: [] };
  if (warmUp) {
    await discoRun(workload, root);
    await runBare(bare);
  }
  for (let i = 0; i < runs; i++) {
    let d: { ms: number; rssMB: number };
    let b: number;
    if (i % 2 === 0) {
      d = await discoRun(workload, root);
      b = (await runBare(bare)).ms;
    } else {
      b = (await runBare(bare)).ms;
      d = await discoRun(workload, root);
    }
    result.disco.push(d.ms);
    result.bare.push(b);
    result.ratios.push(d.ms / b);
    result.rss.push(d.rssMB);
    log(`${workload.name} run ${i + 1}/${runs}: disco ${(d.ms / 1000).toFixed(2)} s, bare ${(b / 1000).toFixed(2)} s`);
  }
  resetBare(bare);
  return result;
}

export function noopRow(result: NoopResult): Row {
  const { workload } = result;
  return {
    id: `noop-${workload.name.toLowerCase()}`,
    figure: `noop dance ${workload.name} (${workload.expect.modules} modules) ÷ bare`,
    unit: 's',
    stats: stats(result.disco.map((ms) => ms / 1000)),
    ratio: stats(result.ratios).median,
    ratioOf: 'disco ÷ bare',
    goal: { on: 'ratio', max: 1.15, text: '≤ 1.15x' },
    details: {
      discoMs: result.disco,
      bareMs: result.bare,
      bareMedianS: stats(result.bare).median / 1000,
      ratios: result.ratios,
      ratioMin: Math.min(...result.ratios),
      ratioMax: Math.max(...result.ratios),
    },
  };
}

export function scaleRow(w2: NoopResult, w3: NoopResult): Row {
  const ratio = stats(w3.disco).median / stats(w2.disco).median;
  // W2's and W3's runs are minutes apart: the bare runs' own ratio shows how much of it is the
  // machine's drift in between rather than disco.
  const bare = stats(w3.bare).median / stats(w2.bare).median;
  return {
    id: 'scale-w3-w2',
    figure: `W3 ÷ W2 (4x the work; bare ${bare.toFixed(2)}x)`,
    unit: 's',
    stats: stats(w3.disco.map((ms) => ms / 1000)),
    ratio,
    ratioOf: 'W3 ÷ W2',
    goal: { on: 'ratio', max: 4.4, text: '≤ 4.4x' },
    details: { bareW3OverW2: bare },
  };
}

export function rssRow(result: NoopResult): Row {
  return {
    id: 'rss',
    figure: `engine peak RSS, ${result.workload.name}, Node ${process.versions.node.split('.')[0]}`,
    unit: 'MB',
    stats: stats(result.rss),
    goal: { on: 'max', max: 150, text: '≤ 150 MB (max)' },
    details: { samplesMB: result.rss },
  };
}

/** W1 (the seed): the dance's wall time alone, for reference (no goal). */
export async function seedRow(workload: Workload, root: string, runs: number): Promise<Row> {
  await discoRun(workload, root);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push((await discoRun(workload, root)).ms);
  return { id: 'noop-w1', figure: 'noop dance W1 (examples/seed)', unit: 'ms', stats: stats(samples), details: { samplesMs: samples } };
}

/**
 * The same peak RSS on another node (the Node 24 that GitHub runs actions on, when the benchmark
 * runs on another), for reference: V8's young generation is larger there, so the same dance peaks
 * higher. No goal: the goal row is the node the benchmark runs on.
 */
export async function otherNodeRssRow(workload: Workload, root: string, node: string, version: string): Promise<Row> {
  const samples = [(await discoRun(workload, root, node)).rssMB];
  return {
    id: 'rss-other-node',
    figure: `engine peak RSS, ${workload.name}, Node ${version.replace(/^v/, '').split('.')[0]} (no goal)`,
    unit: 'MB',
    stats: stats(samples),
    details: { node, version, samplesMB: samples },
  };
}
