/**
 * `disco fetch` from a real rsync daemon on 127.0.0.1: the seed's example, a closure that grows
 * through `requires` (and nothing beyond it), modules with missing folders, the server and rsync
 * command from the parameter tree, the `HOST::` form, and a second fetch replacing the first.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PROJECT } from '../../helpers/rootfs';
import { FetchWorld } from './fetch-world';
import { RsyncDaemon } from './rsync-daemon';

const SEED_NODE = 'localhost.localdomain';

describe('disco fetch from an rsync daemon', () => {
  let world: FetchWorld;
  let daemon: RsyncDaemon;

  before(async () => {
    world = new FetchWorld().withSeed().serve({
      // n1 lists only `app`; the rest comes through requires. `unused` must never be fetched.
      'parameters/n1/modules/app': '',
      'parameters/n1/parameters/site/name': 'n1-site\n',
      'modules/app/requires': '# app needs its base\nafter base\n',
      'modules/app/scripts/10-app.sh': '#!/bin/bash\necho app\n',
      'modules/app/files/etc/app/app.conf': 'port=80\n',
      'modules/app/files/etc/app/current': { link: '/etc/app/app.conf' },
      'modules/app/files/etc/app/backup.bak': 'not wanted\n',
      'modules/base/requires': 'before zlast\n',
      'modules/zlast/': '',
      'modules/unused/requires': '',
      'modules/unused/files/etc/unused': 'never fetched\n',
    });
    daemon = await RsyncDaemon.start(world.home, world.dir);
  });
  after(async () => {
    await daemon?.stop();
    world?.cleanup();
  });

  it("fetches the seed's example: parameters first, then exactly the node's modules", () => {
    const result = world.disco(['fetch', '--server', daemon.uri, '--node', SEED_NODE]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, new RegExp(`^info: fetched ${SEED_NODE} from ${daemon.uri}: 2 module\\(s\\) \\(othermodule-3.2, testmodule-1.0\\)`));
    assert.ok(world.isLink(world.dest), 'the default destination is <state dir>/fetched, a symlink to the copy');
    const seed = join(PROJECT, 'examples/seed');
    for (const file of [
      `parameters/${SEED_NODE}/parameters/something`,
      'modules/othermodule-3.2/templates/etc/othermodule/stuff.cfg',
      'modules/testmodule-1.0/scripts/00-hello.sh',
      'modules/testmodule-1.0/scripts/10-service_stop.sh',
    ]) {
      assert.equal(readFileSync(join(world.dest, file), 'utf8'), readFileSync(join(seed, file), 'utf8'), file);
    }
    assert.equal(statSync(join(world.dest, 'modules/testmodule-1.0/scripts/00-hello.sh')).mode & 0o777, statSync(join(seed, 'modules/testmodule-1.0/scripts/00-hello.sh')).mode & 0o777);
    assert.deepEqual(readdirSync(join(world.dest, 'modules')).sort(), ['othermodule-3.2', 'testmodule-1.0']);
    const info = JSON.parse(readFileSync(join(world.dest, '.disco-fetch.json'), 'utf8'));
    assert.deepEqual([info.server, info.node, info.modules], [daemon.uri, SEED_NODE, ['othermodule-3.2', 'testmodule-1.0']]);
  });

  it('plans the fetched copy exactly as it plans the seed example itself', () => {
    const fetched = world.disco(['plan', '--json', '--repo', world.dest, '--node', SEED_NODE]);
    const local = world.disco(['plan', '--json', '--repo', join(PROJECT, 'examples/seed'), '--node', SEED_NODE]);
    assert.equal(fetched.code, 0, fetched.stderr);
    assert.deepEqual(JSON.parse(fetched.stdout), JSON.parse(local.stdout));
  });

  it('grows the closure through requires (after and before), never fetching other modules', () => {
    const result = world.disco(['fetch', '--server', daemon.uri, '--node', 'n1']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /3 module\(s\) \(app, base, zlast\)/);
    assert.deepEqual(readdirSync(join(world.dest, 'modules')).sort(), ['app', 'base', 'zlast']);
    assert.deepEqual(readdirSync(join(world.dest, 'parameters')), ['n1'], 'only this node, never the others');
  });

  it('treats missing folders as empty (no files/, templates/ …; zlast is an empty module)', () => {
    const plan = world.disco(['plan', '--json', '--repo', world.dest, '--node', 'n1']);
    assert.equal(plan.code, 0, plan.stderr);
    const { order, modules } = JSON.parse(plan.stdout) as { order: string[]; modules: { name: string; files: unknown[]; scripts: unknown[] }[] };
    assert.deepEqual(order, ['base', 'app', 'zlast']);
    assert.deepEqual(modules.find((m) => m.name === 'zlast'), { name: 'zlast', requires: [], files: [], templates: [], scripts: [] });
  });

  it('copies symlinks under files/ as links, never following them', () => {
    const link = join(world.dest, 'modules/app/files/etc/app/current');
    assert.ok(world.isLink(link));
  });

  it('takes the server and the rsync command from the parameter tree (the seed\'s disco-param keys)', () => {
    assert.equal(world.disco(['param', 'set', 'disco/server/uri', '127.0.0.1::']).code, 0);
    // The `HOST::` form on this test's port, and an option with quotes that shows the command is used.
    const command = `rsync -qaWH --port=${daemon.port} --exclude='*.bak'`;
    assert.equal(world.disco(['param', 'set', 'disco/client/cmds/rsync', command]).code, 0);
    const result = world.disco(['fetch', '--node', 'n1']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /from 127\.0\.0\.1::: 3 module/);
    assert.ok(!existsSync(join(world.dest, 'modules/app/files/etc/app/backup.bak')), 'the excluded file stayed on the server');
    assert.ok(existsSync(join(world.dest, 'modules/app/files/etc/app/app.conf')));
    rmSync(world.tree, { recursive: true, force: true });
  });

  it('a second fetch replaces the copy whole: new content in, modules no longer wanted out', () => {
    world.serve({ 'modules/app/requires': '', 'modules/app/files/etc/app/app.conf': 'port=8080\n' });
    const before = world.siblings();
    const result = world.disco(['fetch', '--server', daemon.uri, '--node', 'n1']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /1 module\(s\) \(app\)/);
    assert.deepEqual(readdirSync(join(world.dest, 'modules')), ['app']);
    assert.equal(readFileSync(join(world.dest, 'modules/app/files/etc/app/app.conf'), 'utf8'), 'port=8080\n');
    const now = world.siblings();
    assert.equal(now.length, 1, `only the new copy is left: ${now}`);
    assert.notDeepEqual(now, before);
  });

  it('fetches into --dest DIR', () => {
    const dest = join(world.dir, 'elsewhere/repo');
    const result = world.disco(['fetch', '--server', daemon.uri, '--node', 'n1', '--dest', dest]);
    assert.equal(result.code, 0, result.stderr);
    assert.ok(existsSync(join(dest, 'parameters/n1/parameters/site/name')));
  });
});
