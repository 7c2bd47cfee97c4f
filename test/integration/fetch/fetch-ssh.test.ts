/**
 * `disco fetch` over ssh, as the seed's README recommends: `USER@HOST::` with
 * `--rsh 'ssh -l USER'` in the client's rsync command (parameter tree), rsync's daemon mode on the
 * far side, a real sshd on 127.0.0.1 and a key made for the test.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { badInputLine } from '../../helpers/disco-cli';
import { PROJECT } from '../../helpers/rootfs';
import { FetchWorld } from './fetch-world';
import { freePort } from './ports';
import { rsyncdConf } from './rsync-daemon';
import { canRunSshd, SshServer } from './sshd';

const SEED_NODE = 'localhost.localdomain';

describe('disco fetch over ssh (USER@HOST:: with --rsh)', { skip: !canRunSshd() && 'needs root and /usr/sbin/sshd' }, () => {
  let world: FetchWorld;
  let sshd: SshServer;

  before(async () => {
    world = new FetchWorld().withSeed().serve({ 'parameters/lists-ghost/modules/ghost': '' });
    const conf = join(world.dir, 'rsyncd-ssh.conf');
    writeFileSync(conf, rsyncdConf(world.home, join(world.dir, 'rsyncd-ssh.log')));
    sshd = await SshServer.start(world.dir, conf);
    const set = (key: string, value: string): void => assert.equal(world.disco(['param', 'set', key, value]).code, 0);
    set('disco/server/uri', `${sshd.user}@127.0.0.1::`);
    set('disco/client/cmds/rsync', sshd.rsyncCommand());
  });
  after(async () => {
    await sshd?.stop();
    world?.cleanup();
  });

  it("fetches the seed's example with the server and command from the parameter tree", () => {
    const result = world.disco(['fetch', '--node', SEED_NODE]);
    assert.equal(result.code, 0, `${result.stderr}\nsshd: ${sshd.log()}`);
    assert.match(result.stdout, new RegExp(`from ${sshd.user}@127\\.0\\.0\\.1::: 2 module\\(s\\) \\(othermodule-3\\.2, testmodule-1\\.0\\)`));
    const file = 'modules/othermodule-3.2/templates/etc/othermodule/stuff.cfg';
    assert.equal(readFileSync(join(world.dest, file), 'utf8'), readFileSync(join(PROJECT, 'examples/seed', file), 'utf8'));
  });

  it('a module the server lacks is named as over a daemon', () => {
    const line = badInputLine(world.disco(['fetch', '--node', 'lists-ghost']));
    assert.equal(line, `error: ${sshd.user}@127.0.0.1::parameters/lists-ghost/modules/ghost: module 'ghost' is not on the server (no ${sshd.user}@127.0.0.1::ghost/)`);
  });

  it('an ssh server that is not there: cannot reach the server, in ssh\'s words', async () => {
    const line = badInputLine(world.disco(['fetch', '--node', SEED_NODE, '--rsync', sshd.rsyncCommand(await freePort())]));
    assert.match(line, new RegExp(`^error: ${sshd.user}@127\\.0\\.0\\.1::: cannot reach the server: ssh: connect to host 127\\.0\\.0\\.1 port \\d+: Connection refused$`));
  });
});
