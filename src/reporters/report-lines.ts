/**
 * The seed's `disco report` lines from a DanceReport: disco's own phases as `_internal: <name>`,
 * then per module one header per phase (`report: web: exec`) and per step its name, the three
 * metric lines and its exit code.
 */
import type { DanceReport, Metrics, Step, StepKind } from '../model/dance-report';
import { INTERNAL_MODULE } from './report-facts';
import { oneLine } from './text';

/** Seed phase names: `exec` for scripts as the seed printed them; the others keep their kind. */
const PHASE: Record<StepKind, string> = {
  files: 'files',
  template: 'template',
  script: 'exec',
  effect: 'effect',
  internal: 'internal',
};

const PREFIX = 'report: ';

/** All lines, each starting with `report: `, ending with a line feed. */
export function toReportLines(report: DanceReport): string {
  const lines: string[] = [];
  for (const step of report.internal ?? []) {
    lines.push(`${INTERNAL_MODULE}: ${oneLine(step.name)}`, ...stepFigures(step));
  }
  for (const module of report.modules) {
    let phase: string | undefined;
    for (const step of module.steps) {
      if (PHASE[step.kind] !== phase) {
        phase = PHASE[step.kind];
        lines.push(`${oneLine(module.name)}: ${phase}`);
      }
      lines.push(`${stepName(step)} :`, ...stepFigures(step));
    }
  }
  return lines.map((line) => PREFIX + line).join('\n') + (lines.length > 0 ? '\n' : '');
}

// The seed named template and file steps by their path inside the module (no leading slash).
const stepName = (step: Step): string =>
  oneLine(step.kind === 'template' || step.kind === 'files' ? step.name.replace(/^\/+/, '') : step.name);

function stepFigures(step: Step): string[] {
  const m = step.metrics;
  const figures = (names: string[]): string => names.map((name) => `${name} ${count(m, name)}`).join(' : ');
  const lines = [
    `time_real ${seconds(m.time_real)} : time_user ${seconds(m.time_user)} : time_sys ${seconds(m.time_sys)}`,
    figures(['mem_avg', 'mem_max', 'mem_faults_major', 'mem_faults_minor']),
    figures(['io_fsin', 'io_fsout', 'io_sockin', 'io_sockout', 'io_signals']),
    `exit: ${step.exitCode}`,
  ];
  if (step.reason !== undefined) lines.push(`reason: ${oneLine(step.reason)}`);
  return lines;
}

const seconds = (value: number | undefined): string => (value ?? 0).toFixed(2);

// Counters the engine cannot measure (the seed's mem_avg, socket I/O) print as 0, as the seed did.
const count = (metrics: Metrics, name: string): string => String(Math.round(metrics[name] ?? 0));
