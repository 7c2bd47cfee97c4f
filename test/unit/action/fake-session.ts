/** A Session over the fake driver: the modes' logic without root, git or a runner. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GithubInfo } from '../../../src/action/github-context';
import { parseSettings, type ActionSettings } from '../../../src/action/inputs';
import type { Session } from '../../../src/action/session';
import type { DriverState } from '../../../src/drivers/driver';
import { FakeDriver, type FakeOptions } from '../../../src/drivers/fake';

// One parent for every fake run of this test process, removed when it exits.
const ROOT = mkdtempSync(join(tmpdir(), 'disco-unit-'));
process.on('exit', () => rmSync(ROOT, { recursive: true, force: true }));

export interface FakeSession extends Session {
  lines: string[];
  saved: DriverState[];
}

export function fakeSession(settings: Partial<ActionSettings>, fake: Omit<FakeOptions, 'workDir'>): FakeSession {
  const workDir = mkdtempSync(join(ROOT, 'run-'));
  const reportsDir = mkdtempSync(join(ROOT, 'reports-'));
  const lines: string[] = [];
  const saved: DriverState[] = [];
  const state: Session['state'] = { workDir, worktrees: [] };
  const github: GithubInfo = { eventName: 'push', workflow: 'w', serverUrl: 'https://github.com', apiUrl: 'http://127.0.0.1:9', sha: 'abc' };
  return {
    settings: { ...parseSettings(() => '', workDir), ...settings },
    github,
    progress: { info: (line) => lines.push(line), group: (_title, work) => work(), untrusted: (text) => lines.push(text) },
    workDir,
    reportsDir,
    state,
    lines,
    saved,
    save: () => saved.push(JSON.parse(JSON.stringify(state.driver ?? {}))),
    makeDriver: () => new FakeDriver({ ...fake, workDir }),
    driverState: () => (state.driver ??= { driver: 'fake' }),
    addWorktree: () => Promise.reject(new Error('no git here')),
    reportPath: (label, node) => join(reportsDir, label, `${node}.json`),
    close: async () => [],
  };
}
