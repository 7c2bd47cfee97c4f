/**
 * Runs the action's main then post entry under @github/local-action (its stand-ins for
 * @actions/core, github, artifact and cache; state passed in memory), from the TypeScript sources.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { interpretRunnerLog } from '../../helpers/runner-commands';
import { inputEnv, projectDir, testTemp, type StepFiles } from './github-env';

const LOCAL_ACTION = join(projectDir, 'node_modules/@github/local-action/bin/local-action.js');

export interface LocalActionResult {
  status: number | null;
  stdout: string;
  /** `core.setOutput` values, as local-action echoes them. */
  outputs: Record<string, string>;
  summary: string;
  /** The setFailed message, when main failed the step. */
  failed?: string;
  ms: number;
}

export interface LocalActionOptions {
  /** Runs local-action under this command (e.g. `ip netns exec NAME`). */
  prefix?: string[];
  /** Called with each chunk of output as it comes (long runs). */
  echo?: (chunk: string) => void;
}

/** Async on purpose: the fake GitHub API answers from this very process. */
export async function runLocalAction(files: StepFiles, env: Record<string, string>, inputs: Record<string, string>, options: LocalActionOptions = {}): Promise<LocalActionResult> {
  const dotenv = join(testTemp('dotenv-'), '.env');
  // Inputs go in the dotenv file, as local-action documents: its `npm exec` runs through /bin/sh,
  // which drops variables whose names are not shell identifiers (INPUT_BASE-REF).
  writeFileSync(dotenv, Object.entries(inputEnv(inputs)).map(([key, value]) => `${key}=${JSON.stringify(value)}\n`).join(''));
  writeFileSync(files.summary, '');
  const started = Date.now();
  const argv = [...(options.prefix ?? []), process.execPath, LOCAL_ACTION, projectDir, 'src/action/run-main.ts', dotenv, '--post', 'src/action/run-post.ts'];
  const child = spawn(argv[0]!, argv.slice(1), {
    cwd: projectDir,
    env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    options.echo?.(chunk.toString());
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    options.echo?.(chunk.toString());
  });
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const outputs: Record<string, string> = {};
  for (const match of stdout.matchAll(/^::set-output name=([^:]+)::(.*)$/gm)) outputs[match[1]!] = match[2]!;
  // setFailed prints `::error::message` (no properties); guarded script output does not count.
  const failed = interpretRunnerLog(stdout).filter((c) => c.name === 'error' && Object.keys(c.properties).length === 0).pop()?.data;
  return { status, stdout: stdout + stderr, outputs, summary: readFileSync(files.summary, 'utf8'), failed, ms: Date.now() - started };
}
