/**
 * One dance per root at a time (issue 10, item 2): a second dance on a root another one is dancing
 * on waits, saying so, and starts its modules only after the first has ended — they never
 * interleave; with no time left to wait (`--lock-wait 0`) it fails with one line naming the root
 * and the holder; the lock of a dance killed with SIGKILL is stale and taken over by the next one.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../../helpers/cli';
import { makeRepo } from '../../helpers/repo';
import { PROJECT, miniRootfs, removeTree, treeHash } from '../../helpers/rootfs';

interface Timed {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** ms since the test's epoch when a line matching each watched pattern first appeared. */
  seen: Map<string, number>;
  closedAt: number;
  pid: number;
}

const epoch = Date.now();

/** Starts a dance and records when watched lines appear; `onLine` may act on them (kill it). */
function startDance(args: string[], env: NodeJS.ProcessEnv, watch: string[], onLine?: (line: string, pid: number) => void): Promise<Timed> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(PROJECT, 'dist/cli.js'), ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const result: Timed = { code: null, signal: null, stdout: '', stderr: '', seen: new Map(), closedAt: 0, pid: child.pid! };
    child.stdout.on('data', (chunk: Buffer) => {
      result.stdout += chunk.toString();
      for (const pattern of watch) if (!result.seen.has(pattern) && result.stdout.includes(pattern)) result.seen.set(pattern, Date.now() - epoch);
      for (const line of chunk.toString().split('\n')) onLine?.(line, child.pid!);
    });
    child.stderr.on('data', (chunk: Buffer) => (result.stderr += chunk.toString()));
    child.on('close', (code, signal) => resolve(Object.assign(result, { code, signal, closedAt: Date.now() - epoch })));
  });
}

describe('one dance per root at a time', () => {
  let root: string;
  let hash: string;
  let repo: string;
  let work: string;
  let env: NodeJS.ProcessEnv;
  const dance = (node: string, ...more: string[]): string[] => ['dance', '--noop', '--repo', repo, '--node', node, '--root', root, ...more];

  before(() => {
    root = miniRootfs();
    hash = treeHash(root);
    work = mkdtempSync(join(tmpdir(), 'disco-lock-'));
    env = { ...process.env, DISCO_STATE_DIR: join(work, 'state') };
    delete env.DISCO_DEBUG;
    repo = makeRepo('slow', ['slow'], {
      'modules/slow/scripts/10-slow.sh': 'echo "slow: begins"\nsleep 3\necho "slow: ends"\n',
      'parameters/quick/modules/quick': '',
      'modules/quick/requires': '',
      'modules/quick/scripts/10-quick.sh': 'echo "quick: runs"\n',
    });
  });
  after(() => [repo, work].forEach(removeTree));

  it('a second dance waits, says so, and runs only after the first has ended', async () => {
    let second: Promise<Timed> | undefined;
    const first = startDance(dance('slow'), env, ['slow: ends'], (line) => {
      if (line === 'info: Processing slow' && !second) {
        second = startDance(dance('quick', '--lock-wait', '60'), env, ['info: waiting for the dance of process', 'info: Processing quick']);
      }
    });
    const a = await first;
    assert.ok(second, 'the second dance was started while the first ran');
    const b = await second;
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    assert.match(b.stdout, new RegExp(`^info: waiting for the dance of process ${a.pid} on ${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} to finish$`, 'm'));
    const started = b.seen.get('info: Processing quick')!;
    assert.ok(started >= a.seen.get('slow: ends')!, 'the second ran no module before the first had finished its own');
    assert.ok(started >= a.closedAt - 50, `the second started after the first ended (${started} vs ${a.closedAt} ms)`);
    assert.equal(treeHash(root), hash);
  });

  it('with --lock-wait 0 the second fails with one line naming the root and the holder', async () => {
    let refused: ReturnType<typeof runCli> | undefined;
    let holder = 0;
    const first = startDance(dance('slow'), env, [], (line, pid) => {
      if (line === 'info: Processing slow' && !refused) {
        holder = pid;
        refused = runCli(dance('quick', '--lock-wait', '0'), { env });
      }
    });
    const a = await first;
    assert.equal(a.code, 0, a.stderr);
    assert.ok(refused);
    assert.equal(refused.code, 2, refused.stderr);
    assert.equal(refused.stderr, `error: ${root}: another dance (pid ${holder}) holds the lock on this root; try again later or raise --lock-wait\n`);
    assert.doesNotMatch(refused.stdout, /Processing/);
  });

  it('the lock of a dance killed with SIGKILL is stale: the next dance takes it over at once', async () => {
    const killed = await startDance(dance('slow'), env, [], (line, pid) => {
      if (line === 'info: Processing slow') process.kill(pid, 'SIGKILL');
    });
    assert.equal(killed.signal, 'SIGKILL');
    const next = runCli(dance('quick', '--lock-wait', '0'), { env });
    assert.equal(next.code, 0, next.stderr);
    assert.match(next.stdout, new RegExp(`^warning: removed the stale lock of process ${killed.pid} on .* \\(it is gone\\)$`, 'm'));
    assert.match(next.stdout, /^quick: runs$/m);
    assert.equal(treeHash(root), hash);
  });
});
