/** Facts every presenter derives the same way from a DanceReport: outcomes, counts, totals. */
import type { Change, DanceReport, ModuleResult, Step } from '../model/dance-report';

/** A step failed when it exited non-zero or the engine gave a reason (timeout, signal, limit). */
export const isStepFailed = (step: Step): boolean => step.exitCode !== 0 || step.reason !== undefined;

/** The JUnit/summary label of a step: `<kind> <name>` (DESIGN §5). */
export const stepLabel = (step: Step): string => `${step.kind} ${step.name}`;

/** The module name disco's own phases are listed under (the seed's `_internal`). */
export const INTERNAL_MODULE = '_internal';

export interface ChangeCounts {
  created: number;
  modified: number;
  deleted: number;
}

export function countChanges(changes: Iterable<Change>): ChangeCounts {
  const counts: ChangeCounts = { created: 0, modified: 0, deleted: 0 };
  for (const change of changes) counts[change.action]++;
  return counts;
}

export function countReportChanges(report: DanceReport): ChangeCounts {
  const counts: ChangeCounts = { created: 0, modified: 0, deleted: 0 };
  for (const module of report.modules) for (const change of module.changes) counts[change.action]++;
  return counts;
}

export const countBlocked = (report: DanceReport): number =>
  report.modules.reduce((sum, module) => sum + module.blocked.length, 0);

export const stepsTime = (steps: Step[]): number => steps.reduce((sum, step) => sum + step.metrics.time_real, 0);

export const stepsMemMax = (steps: Step[]): number => steps.reduce((max, step) => Math.max(max, step.metrics.mem_max), 0);

export const moduleTime = (module: ModuleResult): number => stepsTime(module.steps);

/** Wall time of a dance as the sum of its steps (modules and disco's own phases). */
export const reportTime = (report: DanceReport): number =>
  report.modules.reduce((sum, module) => sum + moduleTime(module), 0) + stepsTime(report.internal ?? []);

/** A failed module, or a failed step in a module marked passed, makes the module failed for display. */
export const isModuleFailed = (module: ModuleResult): boolean =>
  module.status === 'failed' || module.steps.some(isStepFailed);

export const isReportFailed = (report: DanceReport): boolean =>
  report.status === 'failed' ||
  report.interrupted === true ||
  report.errors.length > 0 ||
  report.modules.some(isModuleFailed) ||
  (report.internal ?? []).some(isStepFailed);
