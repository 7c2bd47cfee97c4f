/**
 * The main step: settings, then the mode's checks (nothing created yet: bad input fails here with
 * one line), then the run's directory (saved in state first), the dances, the results, and the
 * teardown — on success, failure and cancellation alike.
 */
import * as core from '@actions/core';
import { oneLine } from '../reporters/text';
import { readGithubInfo } from './github-context';
import { getSettings, type Mode } from './inputs';
import type { ModeRunner } from './mode';
import { driftMode } from './mode-drift';
import { prMode } from './mode-pr';
import { releaseMode } from './mode-release';
import { reportMode } from './mode-report';
import { publish } from './publish';
import { openSession, type Session } from './session';
import { onCancel, parked } from './signals';

const MODES: Record<Mode, ModeRunner<unknown>> = {
  pr: prMode as ModeRunner<unknown>,
  drift: driftMode as ModeRunner<unknown>,
  release: releaseMode as ModeRunner<unknown>,
  report: reportMode as ModeRunner<unknown>,
};

export async function run(): Promise<void> {
  let session: Session | undefined;
  const cancel = onCancel(async (signal) => {
    core.warning(`disco: cancelled (${signal}): tearing down`);
    const started = Date.now();
    const problems = (await session?.close()) ?? [];
    problems.forEach((problem) => core.warning(`disco: ${problem}`));
    core.info(`disco: torn down in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
  try {
    const github = readGithubInfo();
    const settings = getSettings();
    const mode = MODES[settings.mode];
    const prepared = await core.group(`disco ${settings.mode}: checking the inputs`, () => mode.prepare(settings, github));
    session = openSession(settings, github);
    const result = await mode.run(session, prepared);
    // Cancelled: the dances were cut short on purpose; the handler tears down and exits.
    if (cancel.requested) await parked();
    const verdict = await core.group('disco: results', () => publish(session!, result));
    if (verdict.failed) core.setFailed(`disco ${settings.mode}: ${verdict.reasons.join('; ')}`);
  } catch (error) {
    if (cancel.requested) await parked();
    core.setFailed(oneLine(error instanceof Error ? error.message : String(error)));
  } finally {
    if (!cancel.requested) {
      const problems = (await session?.close()) ?? [];
      problems.forEach((problem) => core.warning(`disco: ${problem} (the post step tries again)`));
      cancel.stop();
    }
  }
}
