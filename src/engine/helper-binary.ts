import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The native sandbox helper ships beside the bundle (dist/disco-sandbox). From sources (tests run
 * through tsx) it is the one `npm run build` compiled into dist/.
 */
export function helperBinary(): string {
  if (process.env.DISCO_SANDBOX_HELPER) return process.env.DISCO_SANDBOX_HELPER;
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'disco-sandbox'), resolve(here, '../../dist/disco-sandbox')];
  return candidates.find((path) => existsSync(path)) ?? candidates[0];
}
