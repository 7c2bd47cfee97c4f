/**
 * Dance outcomes as DanceReports (an outcome without a report becomes a failed report carrying
 * the error, so JUnit, summary and comment show it like any failure), and the counts behind the
 * outputs.
 */
import type { DanceOutcome } from '../drivers/driver';
import { DANCE_REPORT_SCHEMA, type DanceReport } from '../model/dance-report';
import { countBlocked, countReportChanges } from '../reporters/report-facts';

export function outcomeReport(outcome: DanceOutcome): DanceReport {
  if (outcome.report) return outcome.report;
  const { job } = outcome;
  return {
    schema: DANCE_REPORT_SCHEMA,
    node: job.node,
    mode: job.mode,
    status: 'failed',
    order: [],
    modules: [],
    errors: [{ message: `${job.label} dance did not run to a report: ${outcome.error ?? 'unknown error'}` }],
  };
}

export const changeCount = (report: DanceReport): number => {
  const counts = countReportChanges(report);
  return counts.created + counts.modified + counts.deleted;
};

export interface Totals {
  /** Nodes whose dance changes (or would change) something. */
  changedNodes: string[];
  changes: number;
  blocked: number;
}

export function totals(reports: DanceReport[]): Totals {
  return {
    changedNodes: [...new Set(reports.filter((r) => changeCount(r) > 0).map((r) => r.node))],
    changes: reports.reduce((sum, r) => sum + changeCount(r), 0),
    blocked: reports.reduce((sum, r) => sum + countBlocked(r), 0),
  };
}
