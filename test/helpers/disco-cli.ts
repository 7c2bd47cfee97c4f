/**
 * Runs the disco CLI as a user would, as a child process: from source through tsx, and from the
 * bundle too when `dist/cli.js` exists (so a stale or broken bundle fails the same tests).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const PROJECT = resolve(import.meta.dirname, '../..');
const TSX = pathToFileURL(join(PROJECT, 'node_modules/tsx/dist/loader.mjs')).href;
const BUNDLE = join(PROJECT, 'dist/cli.js');

export interface CliRunner {
  name: 'tsx' | 'dist';
  argv: string[];
}

export const cliRunners: CliRunner[] = [
  { name: 'tsx', argv: ['--import', TSX, join(PROJECT, 'src/cli/index.ts')] },
  ...(existsSync(BUNDLE) ? [{ name: 'dist' as const, argv: [BUNDLE] }] : []),
];

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string>;
  input?: string;
}

export function runCli(runner: CliRunner, args: string[], options: CliOptions = {}): CliResult {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  delete env.DISCO_DEBUG; // stack traces only when a test asks for them
  if (options.env?.DISCO_DEBUG) env.DISCO_DEBUG = options.env.DISCO_DEBUG;
  const result = spawnSync(process.execPath, [...runner.argv, ...args], {
    cwd: options.cwd ?? PROJECT,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Asserts the bad-input contract: exit 2, exactly one `error:` line on stderr, no stack trace. */
export function badInputLine(result: CliResult): string {
  const lines = result.stderr.split('\n').filter(Boolean);
  if (result.code !== 2 || lines.length !== 1 || !lines[0]!.startsWith('error: ') || /\n\s+at /.test(result.stderr)) {
    throw new Error(`expected exit 2 and one error line, got ${result.code}:\n${result.stderr}${result.stdout}`);
  }
  return lines[0]!;
}

export const PROJECT_DIR = PROJECT;
