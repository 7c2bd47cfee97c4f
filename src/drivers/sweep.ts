import { existsSync } from 'node:fs';
import { killProcessesUnder } from './process-sweep';
import { removeAsRoot } from './privileged';

/** Stops every process working under `dir`, then removes it: a driver's destroy, one directory. */
export async function sweepDir(dir: string | undefined): Promise<void> {
  if (!dir) return;
  await killProcessesUnder(dir);
  if (existsSync(dir)) await removeAsRoot(dir);
}
