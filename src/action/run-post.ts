/**
 * The post step: destroys whatever the main step left, from its saved state alone. It runs after
 * success, failure and cancellation (`post-if: always()`), and it never fails the job: a problem
 * is a warning.
 */
import * as core from '@actions/core';
import { actionProgress } from './progress';
import { loadRunState } from './state';
import { teardown } from './teardown';

export async function run(): Promise<void> {
  process.on('uncaughtException', (error) => core.warning(`disco post: ${error.message}`));
  try {
    const state = loadRunState();
    if (!state.workDir && !state.driver && state.worktrees.length === 0) {
      core.info('disco: nothing to clean up');
      return;
    }
    const problems = await teardown(state, actionProgress);
    problems.forEach((problem) => core.warning(`disco post: ${problem}`));
    core.info(problems.length ? 'disco: cleanup finished with warnings' : 'disco: cleaned up');
  } catch (error) {
    core.warning(`disco post: ${error instanceof Error ? error.message : String(error)}`);
  }
}
