import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { DanceReport, Step } from '../model/dance-report';
import type { BlockedCall } from './blocked-log';
import { helperBinary } from './helper-binary';
import { metricsFromRusage } from './metrics';
import { readStepOutput } from './step-output';

/**
 * After a merge, the commands noop blocked run for real, in the order they were called, on the
 * target (chrooted into it unless it is `/`): services restart with their new configuration.
 * Each is an `effect` step of the module that called it; a failing effect fails that module.
 */
export async function runEffects(
  calls: BlockedCall[],
  report: DanceReport,
  root: string,
  io: string,
  emit: (event: { kind: 'step'; module: string; step: Step }) => void,
): Promise<void> {
  const modules = new Map(report.modules.map((m) => [m.name, m]));
  for (const [index, call] of calls.entries()) {
    const log = join(io, `effect-${index}.log`);
    const answer = execFileSync(helperBinary(), ['exec', root, log, call.replay], { encoding: 'utf8' });
    const fields = answer.trim().split('\t');
    const step: Step = {
      kind: 'effect',
      name: call.command,
      source: call.source,
      exitCode: Number(fields[2]),
      output: readStepOutput(log),
      metrics: metricsFromRusage(fields.slice(4)),
    };
    const module = modules.get(call.source.split('/')[1]);
    if (!module) continue;
    module.steps.push(step);
    if (step.exitCode !== 0) {
      module.status = 'failed';
      report.status = 'failed';
    }
    emit({ kind: 'step', module: module.name, step });
  }
}
