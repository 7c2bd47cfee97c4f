/**
 * A real sshd on 127.0.0.1 for the fetch test over ssh, the seed's recommended setup: the client
 * logs in with a key made for the test, and the key may only start rsync's daemon mode with the
 * test's rsyncd.conf (`command=` in authorized_keys — a real server would keep ~/rsyncd.conf).
 * Host key, client key, known_hosts and config all live in the test's temp dir; `sshd -D -f` is
 * stopped by its PID. Needs root (sshd's privilege separation) and /usr/sbin/sshd.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort, waitForPort } from './ports';

export const SSHD = '/usr/sbin/sshd';
export const canRunSshd = (): boolean => process.getuid?.() === 0 && existsSync(SSHD);

export class SshServer {
  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly child: ChildProcess,
    readonly log: () => string,
  ) {}

  /** The user the client logs in as (the one running the tests). */
  readonly user = userInfo().username;

  static async start(dir: string, rsyncdConf: string): Promise<SshServer> {
    const port = await freePort();
    const key = (name: string): string => {
      execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', `disco-test-${name}`, '-f', join(dir, name)]);
      return readFileSync(join(dir, `${name}.pub`), 'utf8').trim();
    };
    const hostKey = key('host_key');
    const clientKey = key('client_key');
    const restrictions = 'no-pty,no-port-forwarding,no-agent-forwarding,no-X11-forwarding';
    writeFileSync(join(dir, 'authorized_keys'), `command="rsync --server --daemon --config=${rsyncdConf} .",${restrictions} ${clientKey}\n`);
    writeFileSync(join(dir, 'known_hosts'), `[127.0.0.1]:${port} ${hostKey.split(' ').slice(0, 2).join(' ')}\n`);
    writeFileSync(
      join(dir, 'sshd_config'),
      [
        `Port ${port}`,
        'ListenAddress 127.0.0.1',
        `HostKey ${join(dir, 'host_key')}`,
        `PidFile ${join(dir, 'sshd.pid')}`,
        `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
        'PubkeyAuthentication yes',
        'PasswordAuthentication no',
        'KbdInteractiveAuthentication no',
        'PermitRootLogin prohibit-password',
        'StrictModes no',
        'UsePAM no',
        '',
      ].join('\n'),
    );
    mkdirSync('/run/sshd', { recursive: true, mode: 0o755 }); // Debian's sshd wants its privsep dir
    let log = '';
    const child = spawn(SSHD, ['-D', '-e', '-f', join(dir, 'sshd_config')], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr!.on('data', (chunk) => (log += String(chunk)));
    await waitForPort(port, child);
    return new SshServer(port, dir, child, () => log);
  }

  /**
   * The client's rsync command, as it would stand in `disco/client/cmds/rsync`: the README's
   * `--rsh 'ssh -l USER'` form, with this test's port, key and known_hosts (no user ssh config).
   */
  rsyncCommand(port = this.port): string {
    const ssh = [
      `ssh -l ${this.user} -p ${port} -i ${join(this.dir, 'client_key')} -F /dev/null`,
      `-o IdentitiesOnly=yes -o BatchMode=yes -o ConnectTimeout=10`,
      `-o UserKnownHostsFile=${join(this.dir, 'known_hosts')} -o StrictHostKeyChecking=yes`,
    ].join(' ');
    return `rsync -qaWH --rsh '${ssh}'`;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    process.kill(this.child.pid!, 'SIGTERM');
    await exited;
  }
}
