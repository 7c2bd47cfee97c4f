/** What every mode hands to publishing: reports by role, gate results, and words for the summary. */
import type { DanceJob, DanceOutcome } from '../drivers/driver';
import { writeReport } from '../engine/write-report';
import type { DanceReport } from '../model/dance-report';
import type { GithubInfo } from './github-context';
import type { ActionSettings } from './inputs';
import { outcomeReport } from './results';
import type { Session } from './session';

export interface ModeResult {
  /** The results shown: JUnit, annotations, summary, comment. */
  shown: DanceReport[];
  /** pr: the base's reports, for the delta that leads the summary. */
  base?: DanceReport[];
  /** The reports whose changes and blocked commands count for `fail-on` (they observe the target). */
  observed: DanceReport[];
  /** The reports behind the outputs `changed-nodes`, `changes` and `blocked`. */
  counted: DanceReport[];
  /** Gate failures (idempotence, budget): each fails the job. */
  gates: string[];
  /** Markdown paragraphs above the summary (drifted nodes, gates, notes). */
  preface: string[];
  /** Repo-root paths the change touched: their annotations come first. */
  changedFiles?: string[];
  /** Annotate the results (not in report mode: the shards did). */
  annotate: boolean;
  /** Set when the step only planned a fan-out. */
  matrix?: { include: Array<{ shard: number; nodes: string }> };
}

/** A mode: `prepare` checks everything and creates nothing; `run` dances. */
export interface ModeRunner<P> {
  prepare(settings: ActionSettings, github: GithubInfo): Promise<P>;
  run(session: Session, prepared: P): Promise<ModeResult>;
}

export const emptyResult = (preface: string[]): ModeResult => ({ shown: [], observed: [], counted: [], gates: [], preface, annotate: false });

/** A job of the run, its report landing in the reports output. */
export function makeJob(session: Session, node: string, label: string, repo: string, mode: DanceJob['mode']): DanceJob {
  return { node, label, repo, mode, reportPath: session.reportPath(label, node) };
}

/**
 * The reports of the outcomes with a given label, in job order. A dance that left no report gets
 * one written for it (failed, with the error), so the reports output is complete.
 */
export function reportsOf(outcomes: DanceOutcome[], label: string): DanceReport[] {
  return outcomes
    .filter((o) => o.job.label === label)
    .map((outcome) => {
      const report = outcomeReport(outcome);
      if (!outcome.report) writeReport(outcome.job.reportPath, report);
      return report;
    });
}
