/**
 * A real `rsync --daemon` for the fetch tests, as the seed's server runs it: one rsync module
 * `parameters` and one per disco module, from a home directory laid out like the seed's
 * (`HOME/parameters/<node>/…`, `HOME/modules/<module>/…`). Only 127.0.0.1, an unprivileged port,
 * `--no-detach`, stopped by its PID. rsync re-reads its config on each connection, so `refresh()`
 * after adding modules to the home is enough.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, waitForPort } from './ports';

export class RsyncDaemon {
  private constructor(
    readonly home: string,
    readonly port: number,
    private readonly conf: string,
    private readonly log: string,
    private readonly child: ChildProcess,
  ) {}

  /** `rsync://127.0.0.1:PORT/` */
  get uri(): string {
    return `rsync://127.0.0.1:${this.port}/`;
  }

  static async start(home: string, confDir: string): Promise<RsyncDaemon> {
    const port = await freePort();
    const [conf, log] = [join(confDir, 'rsyncd.conf'), join(confDir, 'rsyncd.log')];
    writeFileSync(conf, rsyncdConf(home, log));
    const child = spawn('rsync', ['--daemon', '--no-detach', `--config=${conf}`, '--address=127.0.0.1', `--port=${port}`], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitForPort(port, child);
    return new RsyncDaemon(home, port, conf, log, child);
  }

  refresh(): void {
    writeFileSync(this.conf, rsyncdConf(this.home, this.log));
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    process.kill(this.child.pid!, 'SIGTERM');
    await exited;
  }
}

/**
 * The seed's rsyncd.conf, one section per module of the home. Written for the user the tests run
 * as (a daemon started by root would otherwise drop to `nobody`, who cannot read a private temp dir).
 */
export function rsyncdConf(home: string, logFile: string): string {
  const modulesDir = join(home, 'modules');
  const modules = existsSync(modulesDir) ? readdirSync(modulesDir).sort() : [];
  const section = (name: string, path: string, comment: string): string =>
    `[${name}]\n  path = ${path}\n  read only = true\n  comment = ${comment}\n  list = yes\n  use chroot = false\n`;
  return [
    `log file = ${logFile}`,
    `uid = ${process.getuid!()}`,
    `gid = ${process.getgid!()}`,
    '',
    section('parameters', join(home, 'parameters'), 'DISCO Parameters'),
    ...modules.map((name) => section(name, join(modulesDir, name), `disco module ${name}`)),
  ].join('\n');
}
