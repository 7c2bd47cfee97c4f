/**
 * A fetch is atomic: killed midway (SIGKILL to the fetch and its rsync, while a file is half
 * transferred), the previous copy stays in force, byte for byte; the next fetch clears what the
 * dead one left beside it and replaces the copy in one step.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FetchWorld, spawnDisco } from './fetch-world';
import { RsyncDaemon } from './rsync-daemon';

const BLOB = 'modules/slow/files/var/blob';
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('disco fetch is atomic', () => {
  let world: FetchWorld;
  let daemon: RsyncDaemon;
  let previous: ReturnType<FetchWorld['snapshot']>;

  before(async () => {
    world = new FetchWorld().serve({
      'parameters/n1/modules/slow': '',
      'parameters/n1/parameters/version': '1\n',
      'modules/slow/requires': '',
      [BLOB]: 'first\n',
    });
    daemon = await RsyncDaemon.start(world.home, world.dir);
    const first = world.disco(['fetch', '--server', daemon.uri, '--node', 'n1']);
    assert.equal(first.code, 0, first.stderr);
    previous = world.snapshot();
  });
  after(async () => {
    await daemon?.stop();
    world?.cleanup();
  });

  it('a fetch killed halfway through a file leaves the previous copy in force', async () => {
    // New content on the server, sent slowly (rsync --bwlimit) so the kill lands mid-transfer.
    world.serve({ 'parameters/n1/parameters/version': '2\n' });
    writeFileSync(join(world.home, BLOB), randomBytes(4 * 2 ** 20));
    const child = spawnDisco(['fetch', '--server', daemon.uri, '--node', 'n1', '--rsync', 'rsync -a --bwlimit=512'], world.env());
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const staging = await waitFor(() => world.siblings().find((name) => name !== previous.link && existsSync(join(world.state, name, 'modules/slow/files/var'))));
    await waitFor(() => readdirSync(join(world.state, staging, 'modules/slow/files/var')).length > 0 || undefined);
    await sleep(300);
    process.kill(-child.pid!, 'SIGKILL'); // the whole group: node and its rsync
    await exited;

    assert.equal(world.snapshot().link, previous.link);
    assert.equal(world.snapshot().hash, previous.hash, 'the copy in force is byte-identical');
    assert.equal(readFileSync(join(world.dest, 'parameters/n1/parameters/version'), 'utf8'), '1\n');
    assert.ok(world.siblings().includes(staging), 'the dead fetch left its staging directory');
  });

  it('the next fetch clears the dead one\'s staging and replaces the copy', () => {
    const result = world.disco(['fetch', '--server', daemon.uri, '--node', 'n1']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(readFileSync(join(world.dest, 'parameters/n1/parameters/version'), 'utf8'), '2\n');
    assert.deepEqual(readFileSync(join(world.dest, BLOB)), readFileSync(join(world.home, BLOB)));
    const siblings = world.siblings();
    assert.equal(siblings.length, 1, `only the new copy remains: ${siblings}`);
    assert.notEqual(siblings[0], previous.link);
  });
});

/** Polls `probe` every 50 ms until it returns a value; fails after 20 s. */
async function waitFor<T>(probe: () => T | undefined): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(50);
  }
}
