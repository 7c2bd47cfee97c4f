/**
 * Where the engine runs: this machine's `/` (local), a root filesystem directory (chroot), or
 * disposable VMs (vagrant). One small interface, lifecycle outside it: create → dance → destroy,
 * with `destroy` idempotent and driven by `state` alone (the action's post step has nothing else).
 */
import type { DanceMode, DanceReport } from '../model/dance-report';

/** One dance to run. One machine may serve many nodes and both the base and the head tree. */
export interface DanceJob {
  node: string;
  /** Local path of the module tree to dance (e.g. the base or head worktree). */
  repo: string;
  /** Distinguishes trees that share a machine: "base", "head", "apply", "verify"… */
  label: string;
  mode: DanceMode;
  /** Where the DanceReport lands on this (controlling) machine. */
  reportPath: string;
}

export interface DanceOutcome {
  job: DanceJob;
  /** The report, when the dance ran (passed or failed). */
  report?: DanceReport;
  /** Why there is no report (machine lost, engine crashed): one line. */
  error?: string;
}

/** What a driver created, saved before any risky step so that another process can destroy it. */
export interface DriverState {
  driver: string;
  [key: string]: unknown;
}

/** Progress reporting of long phases (log groups in the action, plain lines on a terminal). */
export interface Progress {
  info(line: string): void;
  group<T>(title: string, work: () => Promise<T>): Promise<T>;
  /**
   * Text a dance printed (script output, paths, diffs): untrusted. The action prints it guarded
   * (stop-commands); without this member drivers drop it (the report has what matters).
   */
  untrusted?(text: string): void;
}

/**
 * Persists `state` at once (the action's `core.saveState`). A driver calls it after recording in
 * `state` what it is about to create and before creating it, so a crash or a cancel in between
 * still leaves the post step enough to destroy it.
 */
export type SaveState = (state: DriverState) => void;

export interface Driver {
  readonly name: string;
  /** Brings the machines (or root copies) up; records in `state` what destroy needs, first. */
  create(state: DriverState, jobs: DanceJob[], progress: Progress, save?: SaveState): Promise<void>;
  /** Runs the jobs and brings their reports back to `job.reportPath`. */
  dance(state: DriverState, jobs: DanceJob[], progress: Progress): Promise<DanceOutcome[]>;
  /** Destroys whatever `state` names; safe to call twice, a no-op when nothing was created. */
  destroy(state: DriverState, progress: Progress): Promise<void>;
}
