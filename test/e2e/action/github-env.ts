/** The environment a GitHub runner gives a step: GITHUB_* and RUNNER_* variables and its files. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_DIR } from '../../helpers/disco-cli';

// One parent for every temp file of this test process (step files, events, dotenv), removed at exit.
let parent: string | undefined;
export function testTemp(prefix: string): string {
  if (!parent) {
    parent = mkdtempSync(join(tmpdir(), 'disco-e2e-'));
    const root = parent;
    process.on('exit', () => rmSync(root, { recursive: true, force: true }));
  }
  return mkdtempSync(join(parent, prefix));
}

export interface StepFiles {
  /** The per-test root: runner temp, files, action copy. */
  root: string;
  runnerTemp: string;
  summary: string;
  output: string;
  state: string;
}

export function makeStepFiles(): StepFiles {
  const root = testTemp('job-');
  const runnerTemp = join(root, 'runner-temp');
  mkdirSync(runnerTemp);
  const files = { root, runnerTemp, summary: join(root, 'summary.md'), output: join(root, 'output'), state: join(root, 'state') };
  for (const file of [files.summary, files.output, files.state]) writeFileSync(file, '');
  return files;
}

export interface GithubEnvOptions {
  workspace: string;
  files: StepFiles;
  apiUrl?: string;
  eventName?: string;
  eventPath?: string;
  sha?: string;
}

export function githubEnv(o: GithubEnvOptions): Record<string, string> {
  return {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_REPOSITORY: 'acme/site',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_EVENT_NAME: o.eventName ?? 'pull_request',
    ...(o.eventPath ? { GITHUB_EVENT_PATH: o.eventPath } : {}),
    GITHUB_SHA: o.sha ?? '0'.repeat(40),
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_WORKFLOW: 'disco checks',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'disco',
    GITHUB_ACTION: '__self',
    // github.com: @actions/artifact refuses anything else (GHES).
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: o.apiUrl ?? 'http://127.0.0.1:9',
    RUNNER_TEMP: o.files.runnerTemp,
    RUNNER_OS: 'Linux',
    GITHUB_STEP_SUMMARY: o.files.summary,
    GITHUB_OUTPUT: o.files.output,
    GITHUB_STATE: o.files.state,
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost',
    DISCO_PROGRESS_SECONDS: '1',
  };
}

/** INPUT_* variables as the runner names them (upper case, hyphens kept). */
export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));
}

/** Parses a GITHUB_OUTPUT / GITHUB_STATE file (`name<<delimiter` blocks); later values win. */
export function readCommandFile(file: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      values[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i]!.includes('=')) {
      const eq = lines[i]!.indexOf('=');
      values[lines[i]!.slice(0, eq)] = lines[i]!.slice(eq + 1);
    }
  }
  return values;
}

export const projectDir = PROJECT_DIR;
