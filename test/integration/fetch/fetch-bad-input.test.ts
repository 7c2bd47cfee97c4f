/**
 * Bad input to `disco fetch`, each against a real rsync daemon on 127.0.0.1: an unreachable
 * server, a node or module the server does not have, a malicious server (`..` in names, symlinks
 * out of a module, a huge file, too much in all), and rsync commands or servers disco refuses.
 * Every one: exit 2, one `error:` line naming the culprit, and the previous copy untouched — same
 * link, same content, no staging directory left behind.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { badInputLine } from '../../helpers/disco-cli';
import { freePort } from './ports';
import { FetchWorld } from './fetch-world';
import { RsyncDaemon } from './rsync-daemon';

describe('disco fetch: bad input leaves the previous copy in force', () => {
  let world: FetchWorld;
  let daemon: RsyncDaemon;
  let previous: ReturnType<FetchWorld['snapshot']>;

  /** Runs a fetch that must fail; returns its one error line after checking the copy is untouched. */
  const refused = (args: string[]): string => {
    const result = world.disco(['fetch', ...args]);
    const line = badInputLine({ code: result.code, stdout: result.stdout, stderr: result.stderr });
    assert.deepEqual(world.snapshot(), previous, 'previous copy untouched, nothing left beside it');
    return line;
  };
  const node = (name: string, ...more: string[]): string[] => ['--server', daemon.uri, '--node', name, ...more];

  before(async () => {
    world = new FetchWorld().serve({
      'parameters/good/modules/ok': '',
      'modules/ok/scripts/10-ok.sh': '#!/bin/bash\necho ok\n',
      'modules/ok/templates/etc/ok.conf': 'echo ok\n',
      // a module the node lists that the server does not have, and one that a requires names
      'parameters/lists-ghost/modules/ghost': '',
      'parameters/requires-ghost/modules/needs-ghost': '',
      'modules/needs-ghost/requires': '# comment\nafter ghost\n',
      // `..` in a requires line and in a parameter name
      'parameters/dotdot-requires/modules/climber': '',
      'modules/climber/requires': 'after ../../etc\n',
      'parameters/dotdot-param/parameters/a..b': 'x\n',
      // symlinks leading out of their module: absolute, into another module, and the requires file itself
      'parameters/link-abs/modules/link-abs': '',
      'modules/link-abs/templates/etc/passwd': { link: '/etc/passwd' },
      'parameters/link-other/modules/link-other': '',
      'parameters/link-other/modules/ok': '',
      'modules/link-other/scripts/10-borrowed.sh': { link: '../../ok/scripts/10-ok.sh' },
      'parameters/link-requires/modules/link-requires': '',
      'modules/link-requires/requires': { link: '/etc/passwd' },
      'parameters/link-param/parameters/secret': { link: '/etc/shadow' },
      // a huge file, and two modules that are too much together
      'parameters/huge/modules/huge': '',
      'modules/huge/files/var/blob': { bytes: 3 * 2 ** 20 },
      'parameters/heavy/modules/heavy-a': '',
      'parameters/heavy/modules/heavy-b': '',
      'modules/heavy-a/files/a': { bytes: 600 * 2 ** 10 },
      'modules/heavy-b/files/b': { bytes: 600 * 2 ** 10 },
      // a requires cycle: every module fetches, the planner refuses
      'parameters/cycle/modules/c1': '',
      'modules/c1/requires': 'after c2\n',
      'modules/c2/requires': 'after c1\n',
    });
    daemon = await RsyncDaemon.start(world.home, world.dir);
    const first = world.disco(['fetch', ...node('good')]);
    assert.equal(first.code, 0, first.stderr);
    previous = world.snapshot();
  });
  after(async () => {
    await daemon?.stop();
    world?.cleanup();
  });

  it('server unreachable: names the server', async () => {
    const closed = `rsync://127.0.0.1:${await freePort()}/`;
    assert.match(refused(['--server', closed, '--node', 'good']), new RegExp(`^error: ${closed}: cannot reach the server: .*Connection refused`));
  });

  it('node unknown to the server: names the node and where it was looked for', () => {
    assert.equal(refused(node('nobody')), `error: ${daemon.uri}parameters/nobody/: unknown node 'nobody': the server has no parameters for it`);
  });

  it('module missing on the server: names the file that wants it (node list or requires line)', () => {
    assert.equal(refused(node('lists-ghost')), `error: ${daemon.uri}parameters/lists-ghost/modules/ghost: module 'ghost' is not on the server (no ${daemon.uri}ghost/)`);
    assert.equal(refused(node('requires-ghost')), `error: ${daemon.uri}needs-ghost/requires:2: module 'ghost' is not on the server (no ${daemon.uri}ghost/)`);
  });

  it("'..' in a requires line or a parameter name: refused before anything is fetched with it", () => {
    assert.match(refused(node('dotdot-requires')), new RegExp(`^error: ${daemon.uri}climber/requires:1: bad module name '\\.\\./\\.\\./etc'`));
    assert.match(refused(node('dotdot-param')), new RegExp(`^error: ${daemon.uri}parameters/dotdot-param/parameters/a\\.\\.b: bad parameter name 'a\\.\\.b'`));
  });

  it('symlinks out of their module: absolute, into another module, or the requires file itself', () => {
    assert.equal(refused(node('link-abs')), `error: ${daemon.uri}link-abs/templates/etc/passwd: symlink leads outside modules/link-abs (-> /etc/passwd)`);
    assert.equal(refused(node('link-other')), `error: ${daemon.uri}link-other/scripts/10-borrowed.sh: symlink leads outside modules/link-other (-> ../../ok/scripts/10-ok.sh)`);
    const line = refused(node('link-requires'));
    assert.equal(line, `error: ${daemon.uri}link-requires/requires: symlink leads outside modules/link-requires (-> /etc/passwd)`);
    assert.doesNotMatch(line, /root:/, 'the local file behind the link is never read');
    assert.equal(refused(node('link-param')), `error: ${daemon.uri}parameters/link-param/parameters/secret: symlink leads outside parameters/link-param (-> /etc/shadow)`);
  });

  it('a huge file: rsync --max-size leaves it on the server, and the fetch names it', () => {
    assert.equal(refused(node('huge', '--max-file', '1M')), `error: ${daemon.uri}huge/files/var/blob: file is over the 1 MiB limit (--max-file)`);
  });

  it('too much in all: the total size limit', () => {
    assert.match(refused(node('heavy', '--max-total', '1M')), new RegExp(`^error: ${daemon.uri}heavy-b/: the fetch is over the 1 MiB total size limit \\(--max-total\\)$`));
  });

  it('a requires cycle among fetched modules: the planner names it on the server', () => {
    assert.match(refused(node('cycle')), new RegExp(`^error: ${daemon.uri}c2/requires:1: cycle in requires: c1 → c2 → c1`));
  });

  it('rsync options that would follow symlinks or fetch nothing, and shell syntax, are refused', () => {
    assert.match(refused(node('good', '--rsync', 'rsync -aL')), /^error: --rsync: rsync option -L \(--copy-links\) follows symlinks/);
    assert.match(refused(node('good', '--rsync', 'rsync -a --copy-unsafe-links')), /^error: --rsync: rsync option --copy-unsafe-links/);
    assert.match(refused(node('good', '--rsync', 'rsync -a | tee /tmp/x')), /^error: --rsync: '\|' in 'rsync -a \| tee \/tmp\/x' needs a shell/);
    assert.match(refused(node('good', '--rsync', 'no-such-rsync-program -a')), /^error: --rsync: cannot run 'no-such-rsync-program' \(not found\)/);
  });

  it('a server URI disco cannot read, or no server at all', () => {
    assert.match(refused(['--server', 'host:/srv/disco', '--node', 'good']), /^error: --server: cannot read server 'host:\/srv\/disco'/);
    assert.match(refused(['--node', 'good']), /^error: no server: give --server URI, or set it with 'disco param set disco\/server\/uri URI'$/);
    assert.match(refused(node('../good')), /^error: --node: bad node name '\.\.\/good'/);
  });

  it('a destination that is not a copy disco made is never replaced', () => {
    const mine = join(world.dir, 'my-checkout');
    mkdirSync(mine);
    writeFileSync(join(mine, 'precious'), 'keep me\n');
    assert.match(refused(node('good', '--dest', mine)), /^error: .*my-checkout: exists and is not a copy made by disco fetch/);
  });
});
