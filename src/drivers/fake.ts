/**
 * A driver that runs no engine (kitchen's dummy driver): `create` makes a marker directory,
 * `dance` writes a canned passing report per job, `destroy` removes the marker. Any step can be
 * told to fail, so the lifecycle, the action's modes and its post step are testable without root.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeReport } from '../engine/write-report';
import { DANCE_REPORT_SCHEMA, type DanceReport } from '../model/dance-report';
import type { DanceJob, DanceOutcome, Driver, DriverState, Progress, SaveState } from './driver';

export type FakeStep = 'create' | 'dance' | 'destroy';

export interface FakeOptions {
  workDir: string;
  /** The step that throws. */
  failAt?: FakeStep;
  /** The report of a job (default: passed, no change); return a string to make it an error. */
  report?: (job: DanceJob) => DanceReport | string;
  /** Every call, in order (`create`, `dance web1 head`, `destroy`). */
  calls?: string[];
}

export interface FakeState extends DriverState {
  driver: 'fake';
  marker?: string;
}

export const cannedReport = (job: DanceJob): DanceReport => ({
  schema: DANCE_REPORT_SCHEMA,
  node: job.node,
  mode: job.mode,
  status: 'passed',
  order: [],
  modules: [],
  errors: [],
});

export class FakeDriver implements Driver {
  readonly name = 'fake';

  constructor(private readonly options: FakeOptions) {}

  private step(name: FakeStep, detail = ''): void {
    this.options.calls?.push(detail ? `${name} ${detail}` : name);
    if (this.options.failAt === name) throw new Error(`fake ${name} failed`);
  }

  async create(state: FakeState, jobs: DanceJob[], _progress: Progress, save?: SaveState): Promise<void> {
    state.marker = join(this.options.workDir, 'fake-machine');
    save?.(state);
    mkdirSync(state.marker, { recursive: true });
    this.step('create', `${jobs.length}`);
  }

  async dance(_state: FakeState, jobs: DanceJob[]): Promise<DanceOutcome[]> {
    return jobs.map((job) => {
      this.step('dance', `${job.node} ${job.label}`);
      const report = this.options.report?.(job) ?? cannedReport(job);
      if (typeof report === 'string') return { job, error: report };
      writeReport(job.reportPath, report);
      return { job, report };
    });
  }

  async destroy(state: FakeState): Promise<void> {
    this.options.calls?.push('destroy');
    if (this.options.failAt === 'destroy') throw new Error('fake destroy failed');
    if (state.marker && existsSync(state.marker)) rmSync(state.marker, { recursive: true, force: true });
    delete state.marker;
  }
}
