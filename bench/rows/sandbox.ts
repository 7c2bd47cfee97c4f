/**
 * Sandbox set-up + tear-down: what every dance pays before its first step and after its last,
 * timed directly around the engine's own calls: the share (parameters, shims) prepared, the helper
 * started (namespaces, tmpfs scratch, overlay, /proc, /dev, pivot_root, cgroup) up to its first
 * answer, then closed (every process gone, cgroup removed, scratch unmounted) and the share removed.
 */
import { rmSync } from 'node:fs';
import { makePlan } from '../../src/plan/make-plan';
import { readRepo } from '../../src/plan/read-repo';
import { blockedCommands } from '../../src/engine/blocked-commands';
import { SandboxProcess } from '../../src/engine/sandbox-process';
import { prepareShare } from '../../src/engine/sandbox-share';
import { stepEnvironment } from '../../src/engine/step-environment';
import { BenchError } from '../lib/env';
import type { Row } from '../lib/row';
import { msSince, stats } from '../lib/stats';
import { idle } from '../workloads/churn';

export async function sandboxRow(root: string, runs: number): Promise<Row> {
  const workload = idle();
  const plan = makePlan(readRepo(workload.repo), workload.node);
  const blocked = blockedCommands(workload.repo);
  const [totals, setups, teardowns]: number[][] = [[], [], []];
  for (let i = 0; i < runs + 1; i++) {
    const start = process.hrtime.bigint();
    const share = prepareShare(root, plan, blocked);
    const sandbox = SandboxProcess.start({
      root, scratch: share.scratch, share: share.share, repo: workload.repo, host: plan.node, layer: share.layer,
      env: stepEnvironment(plan.node, 'noop'), limits: { pidsMax: 4096 },
    });
    const answer = await sandbox.request('S');
    if (!answer.ok) throw new BenchError(`the sandbox answered ${answer.message}`);
    const ready = msSince(start);
    sandbox.endSteps();
    await sandbox.close();
    rmSync(share.dir, { recursive: true, force: true });
    const total = msSince(start);
    if (i === 0) continue; // the first run warms the page cache and the helper binary
    totals.push(total);
    setups.push(ready);
    teardowns.push(total - ready);
  }
  return {
    id: 'sandbox',
    figure: 'sandbox set-up + tear-down',
    unit: 'ms',
    stats: stats(totals),
    goal: { on: 'median', max: 50, text: '≤ 50 ms' },
    details: { setUpMedianMs: stats(setups).median, tearDownMedianMs: stats(teardowns).median, samplesMs: totals },
  };
}
