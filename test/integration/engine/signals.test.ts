/**
 * SIGINT or SIGTERM during a dance tears the sandbox down — no process, mount or scratch left —
 * writes a report marked interrupted, and exits 130 or 143.
 */
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DanceReport } from '../../../src/model/dance-report';
import { makeRepo } from '../../helpers/repo';
import { PROJECT, removeTree, testRootfs } from '../../helpers/rootfs';

const sleepers = (): number => Number(execFileSync('sh', ['-c', 'pgrep -f "^sleep 31337$" | wc -l'], { encoding: 'utf8' }).trim());
// The dances get a private TMPDIR, so other dances on this machine do not count.
const tmp = mkdtempSync(join(tmpdir(), 'disco-signals-'));
const scratches = (): string[] => readdirSync(tmp).filter((name) => name.startsWith('disco-') && existsSync(join(tmp, name, 'scratch')));

function danceUntil(signal: NodeJS.Signals, repo: string, root: string, json: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(PROJECT, 'dist/cli.js'), 'dance', '--noop', '--repo', repo, '--node', 'sig', '--root', root, '--json', json], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TMPDIR: tmp } });
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Processing slow')) setTimeout(() => child.kill(signal), 500);
    });
    child.on('close', (code) => resolve(code ?? -1));
  });
}

describe('signals during a dance', () => {
  let repo: string;
  let root: string;
  const mounts = readFileSync('/proc/self/mountinfo', 'utf8');
  before(() => {
    root = testRootfs();
    repo = makeRepo('sig', ['slow'], { 'modules/slow/scripts/10-slow.sh': 'echo started\n(sleep 31337 &)\nsleep 31337\n' });
  });
  after(() => [repo, tmp].forEach(removeTree));

  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`${signal}: exits ${code}, report marked interrupted, nothing left behind`, async () => {
      const before = scratches().length;
      const json = join(repo, `${signal}.json`);
      assert.equal(await danceUntil(signal, repo, root, json), code);
      const report = JSON.parse(readFileSync(json, 'utf8')) as DanceReport;
      assert.equal(report.interrupted, true);
      assert.equal(report.status, 'failed');
      assert.match(report.errors[0].message, new RegExp(`interrupted by ${signal}`));
      assert.equal(sleepers(), 0, 'no process of the sandbox survives');
      assert.equal(readFileSync('/proc/self/mountinfo', 'utf8'), mounts, 'no mount left');
      assert.equal(scratches().length, before, 'no scratch directory left');
    });
  }
});
