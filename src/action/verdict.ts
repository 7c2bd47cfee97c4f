/**
 * Whether the job fails, and why, in one place: failed dances and failed gates (idempotence,
 * budget) always count, changes and blocked commands when `fail-on` asks; `never` lets it pass.
 */
import type { DanceReport } from '../model/dance-report';
import { isReportFailed } from '../reporters/report-facts';
import { plural } from '../reporters/text';
import type { FailOn } from './inputs';
import { totals } from './results';

export interface Verdict {
  failed: boolean;
  /** One line per reason, for setFailed and the summary. */
  reasons: string[];
}

export interface VerdictInput {
  failOn: FailOn;
  /** Every report of the run: any failed one fails the job. */
  reports: DanceReport[];
  /** The reports that observe the target (pr head, drift, release verify): their changes and blocked commands count. */
  observed: DanceReport[];
  /** Gate failures (idempotence, budget). */
  gates: string[];
}

export function decide(input: VerdictInput): Verdict {
  const reasons: string[] = [];
  const failed = [...new Set(input.reports.filter(isReportFailed).map((r) => r.node))];
  if (failed.length) reasons.push(`${plural(failed.length, 'node')} failed: ${list(failed)}`);
  reasons.push(...input.gates);
  const { changedNodes, changes, blocked } = totals(input.observed);
  if (input.failOn === 'changes' && changes > 0) {
    reasons.push(`${plural(changes, 'change')} on ${plural(changedNodes.length, 'node')} (fail-on: changes): ${list(changedNodes)}`);
  }
  if (input.failOn === 'blocked' && blocked > 0) {
    const nodes = [...new Set(input.observed.filter((r) => r.modules.some((m) => m.blocked.length)).map((r) => r.node))];
    reasons.push(`${plural(blocked, 'blocked command')} on ${plural(nodes.length, 'node')} (fail-on: blocked): ${list(nodes)}`);
  }
  return { failed: input.failOn !== 'never' && reasons.length > 0, reasons };
}

const list = (names: string[]): string => (names.length > 5 ? `${names.slice(0, 5).join(', ')} and ${names.length - 5} more` : names.join(', '));
