/**
 * Where the engine's command line is on this machine. Drivers run every dance through it, as its
 * own process: the engine needs root (sudo on a hosted runner) while the action does not, and a
 * cancelled job can then be stopped by killing processes rather than by unwinding promises.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `dist/cli.js` ships beside the action's bundles (dist/main.js); from sources (tests through tsx)
 * it is the one `npm run build` wrote. DISCO_CLI overrides both.
 */
export function engineCli(): string {
  if (process.env.DISCO_CLI) return process.env.DISCO_CLI;
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'cli.js'), resolve(here, '../../dist/cli.js')];
  return candidates.find((path) => existsSync(path)) ?? candidates[0]!;
}

/** The node binary the engine runs on: the one running us (the runner's node24 in the action). */
export const engineNode = (): string => process.execPath;
