/**
 * Runs disco's engine in this process (the same sources that dist/ bundles), as `disco dance` does,
 * and times its parts from the dance's own events.
 */
import { totalmem } from 'node:os';
import { blockedCommands } from '../../src/engine/blocked-commands';
import { dance, type DanceEvent } from '../../src/engine/dance';
import type { DanceMode, DanceReport } from '../../src/model/dance-report';
import { makePlan } from '../../src/plan/make-plan';
import { readRepo } from '../../src/plan/read-repo';
import type { Workload } from '../workloads/fleet';
import { BenchError, STATE } from './env';
import { msSince } from './stats';

export interface Timed {
  report: DanceReport;
  /** Milliseconds from the dance's start to each event: `step` (the last one), `phase:<name>`, `done:<name>`. */
  marks: Map<string, number>;
  total: number;
}

export async function danceInProcess(workload: Workload, root: string, mode: DanceMode, state = STATE): Promise<Timed> {
  process.env.DISCO_STATE_DIR = state;
  const plan = makePlan(readRepo(workload.repo), workload.node);
  const marks = new Map<string, number>();
  const start = process.hrtime.bigint();
  const onEvent = (event: DanceEvent): void => {
    const at = msSince(start);
    if (event.kind === 'step') marks.set('step', at);
    else if (event.kind === 'phase') marks.set(`phase:${event.name}`, at);
    else if (event.kind === 'phase-done') marks.set(`done:${event.name}`, at);
  };
  const report = await dance({
    repoRoot: workload.repo,
    plan,
    root,
    mode,
    blocked: blockedCommands(workload.repo),
    limits: { stepTimeout: 3600, memoryMax: Math.floor(totalmem() / 2), pidsMax: 4096 },
    onEvent,
    lockWait: 60,
  });
  const total = msSince(start);
  checkReport(workload, report);
  return { report, marks, total };
}

/** A dance that failed or reported other than the workload's known effect is a broken benchmark. */
export function checkReport(workload: Workload, report: DanceReport): void {
  const changes = report.modules.reduce((n, m) => n + m.changes.length, 0);
  const blocked = report.modules.reduce((n, m) => n + m.blocked.length, 0);
  const failed = report.modules.flatMap((m) => m.steps.filter((s) => s.exitCode !== 0).map((s) => `${s.source}: ${s.output.trim().split('\n').pop()}`));
  const { expect } = workload;
  if (report.status !== 'passed' || report.modules.length !== expect.modules || changes !== expect.changes || blocked !== expect.blocked) {
    throw new BenchError(
      `${workload.name}: the dance reported ${report.status}, ${report.modules.length} modules, ${changes} changes, ${blocked} blocked ` +
        `(expected passed, ${expect.modules}, ${expect.changes}, ${expect.blocked})${failed.length ? `; ${failed[0]}` : ''}${report.errors[0] ? `; ${report.errors[0].message}` : ''}`,
    );
  }
}

/** Milliseconds between two marks of a timed dance. */
export function between(timed: Timed, from: string, to: string): number {
  const [a, b] = [timed.marks.get(from), timed.marks.get(to)];
  if (a === undefined || b === undefined) throw new BenchError(`the dance emitted no ${a === undefined ? from : to} event`);
  return b - a;
}
