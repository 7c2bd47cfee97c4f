/**
 * `disco dance --server URI`: fetch from a real rsync daemon, then a noop dance on the cached test
 * root; the report leads its `internal` steps with the seed's `_internal: fetch_params` and one
 * `fetch <module>` per module, each with metrics.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DanceReport } from '../../../src/model/dance-report';
import { badInputLine } from '../../helpers/disco-cli';
import { testRootfs } from '../../helpers/rootfs';
import { FetchWorld } from './fetch-world';
import { RsyncDaemon } from './rsync-daemon';

const SEED_NODE = 'localhost.localdomain';

describe('disco dance --server', () => {
  let world: FetchWorld;
  let daemon: RsyncDaemon;
  let root: string;
  let result: ReturnType<FetchWorld['disco']>;
  let report: DanceReport;

  before(async () => {
    root = testRootfs();
    world = new FetchWorld().withSeed();
    daemon = await RsyncDaemon.start(world.home, world.dir);
    const json = join(world.dir, 'report.json');
    result = world.disco(['dance', '--server', daemon.uri, '--node', SEED_NODE, '--noop', '--root', root, '--json', json]);
    assert.ok(existsSync(json), result.stderr);
    report = JSON.parse(readFileSync(json, 'utf8'));
  });
  after(async () => {
    await daemon?.stop();
    world?.cleanup();
  });

  it('fetches, then dances the fetched copy', () => {
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /^info: fetched localhost\.localdomain from rsync:\/\/127\.0\.0\.1:\d+\/: 2 module\(s\)/);
    assert.deepEqual(report.order, ['othermodule-3.2', 'testmodule-1.0']);
    const stuff = report.modules.flatMap((m) => m.changes).find((c) => c.path === '/etc/othermodule/stuff.cfg');
    assert.match(stuff?.diff ?? '', /^\+KEY_VALUE=LOLTHISKEYMEANSNOTHING$/m, 'the fetched node parameter reached the template');
  });

  it('leads the internal steps with fetch_params and one fetch step per module, with metrics', () => {
    const fetches = report.internal!.slice(0, 3);
    assert.deepEqual(
      fetches.map((s) => [s.kind, s.name, s.source, s.exitCode]),
      [
        ['internal', 'fetch_params', `parameters/${SEED_NODE}`, 0],
        ['internal', 'fetch othermodule-3.2', 'modules/othermodule-3.2', 0],
        ['internal', 'fetch testmodule-1.0', 'modules/testmodule-1.0', 0],
      ],
    );
    for (const step of fetches) {
      assert.ok(step.metrics.time_real > 0, step.name);
      for (const name of ['time_user', 'time_sys', 'mem_max', 'fetch_bytes', 'fetch_entries']) assert.equal(typeof step.metrics[name], 'number', name);
    }
    assert.ok(report.internal!.slice(3).every((s) => !s.name.startsWith('fetch')), 'the dance\'s own phases follow');
  });

  it('shows them in `disco report`, the seed\'s metrics view', () => {
    const shown = world.disco(['report', join(world.dir, 'report.json')]);
    assert.equal(shown.code, 0, shown.stderr);
    assert.match(shown.stdout, /^report: _internal: fetch_params$/m);
    assert.match(shown.stdout, /fetch othermodule-3\.2/);
  });

  it('fetches into --repo DIR when given one', () => {
    const repo = join(world.dir, 'fetched-here');
    const again = world.disco(['dance', '--server', daemon.uri, '--repo', repo, '--node', SEED_NODE, '--noop', '--root', root]);
    assert.equal(again.code, 0, again.stderr);
    assert.ok(existsSync(join(repo, 'modules/testmodule-1.0/scripts/00-hello.sh')));
  });

  it('a node the server does not know: exit 2 before any dance', () => {
    const line = badInputLine(world.disco(['dance', '--server', daemon.uri, '--node', 'web9', '--noop', '--root', root]));
    assert.equal(line, `error: ${daemon.uri}parameters/web9/: unknown node 'web9': the server has no parameters for it`);
  });
});
