/** Runs the disco CLI as a user would: the bundle when built, else the sources through tsx. */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT } from './rootfs';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: SpawnSyncOptions = {}): CliResult {
  const bundle = join(PROJECT, 'dist/cli.js');
  const argv = existsSync(bundle) && !process.env.DISCO_TEST_FROM_SOURCE
    ? [bundle, ...args]
    : ['--import', 'tsx', join(PROJECT, 'src/cli/index.ts'), ...args];
  const result = spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  return { code: result.status ?? -1, stdout: String(result.stdout), stderr: String(result.stderr) };
}
