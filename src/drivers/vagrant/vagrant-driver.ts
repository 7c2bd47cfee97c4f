/**
 * The vagrant driver: disposable libvirt VMs from disco's locally built box. create = record the
 * state, `vagrant up`, read `vagrant ssh-config` once; dance = upload and run every job over plain
 * ssh/scp (remote-dance.ts), nodes spread over the VMs; destroy = `vagrant destroy`, then a sweep of
 * libvirt by the job's name prefix, idempotent and driven by the saved state alone.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { InputError } from '../../model/errors';
import type { DanceJob, DanceOutcome, Driver, DriverState, Progress, SaveState } from '../driver';
import { assignNodes, jobsOf } from './assign';
import { ensureBox, recipeDir } from './box';
import { engineFiles } from './engine-files';
import { CommandFailed, errorLine, ToolMissing } from './errors';
import { makeJobDir, serialLogPath, serialTail, writeVmsFile } from './job-dir';
import { powerOffDomains, sweepLibvirt } from './libvirt-sweep';
import { ProcessScope } from './process-scope';
import { danceOnMachine } from './remote-dance';
import { resolveSettings, type VagrantDriverOptions, type VagrantSettings } from './settings';
import { SignalGuard } from './signal-guard';
import { parseSshConfig } from './ssh-config';
import { killStrays } from './stray-processes';
import { tryVagrant, vagrant, type VagrantContext } from './vagrant-cli';
import { readVagrantState, type VagrantState } from './vagrant-state';

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** Short, unique, and safe in libvirt names, paths and shell words. */
const newJobId = (): string => `disco-${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;

export class VagrantDriver implements Driver {
  readonly name = 'vagrant';
  private readonly settings: VagrantSettings;
  private readonly scope = new ProcessScope();
  private readonly destroying = new Map<string, Promise<void>>();
  private guard?: SignalGuard;
  /** The `save` that create was given, kept for the state changes that follow. */
  private save?: SaveState;

  constructor(private readonly options: VagrantDriverOptions = {}) {
    this.settings = resolveSettings(options);
  }

  /** The signal that interrupted this driver's run, if one did. */
  get interruptedBy(): NodeJS.Signals | undefined {
    return this.guard?.signal;
  }

  async create(state: DriverState, jobs: DanceJob[], progress: Progress, save?: SaveState): Promise<void> {
    const s = this.settings;
    this.save = save;
    if (process.getuid?.() !== 0 && process.env.DISCO_VAGRANT_AS_USER !== '1') {
      throw new InputError('the vagrant driver runs as root (libvirt system connection, box build, /var/cache): run it as root, e.g. under sudo', 'driver');
    }
    const id = newJobId();
    const assignment = assignNodes(jobs, s.vms);
    const vagrantState: VagrantState = Object.assign(state, {
      driver: 'vagrant' as const,
      dir: join(s.workDir, id),
      prefix: `${id}-`,
      machines: [...new Set(Object.values(assignment))].sort(),
      assignment,
      vagrantBinary: s.vagrantBinary,
      vagrantHome: s.vagrantHome,
      libvirtUri: s.libvirtUri,
      remoteDir: `${s.remoteRoot}/${id}`,
    });
    // Saved before anything can fail half-way: another process must be able to destroy from here on.
    this.persist(vagrantState);
    this.armSignals(vagrantState, progress);
    try {
      await this.bringUp(vagrantState, progress);
    } catch (error) {
      // A failed `up` can leave a running domain: destroy whatever exists, then report the failure.
      await this.destroy(vagrantState, progress);
      throw error;
    }
  }

  async dance(state: DriverState, jobs: DanceJob[], progress: Progress): Promise<DanceOutcome[]> {
    const s = readVagrantState(state);
    if (!s?.ssh || s.destroyed) throw new Error('the vagrant driver has no running VMs: create comes first');
    this.armSignals(s, progress);
    const engine = engineFiles();
    const assignment = { ...s.assignment };
    for (const [i, node] of [...new Set(jobs.map((job) => job.node))].entries()) assignment[node] ??= s.machines[i % s.machines.length];
    const started = Date.now();
    const outcomes = await progress.group(`Dancing ${jobs.length} job(s) on ${s.machines.length} VM(s)`, async () => {
      const busy = s.machines.filter((machine) => jobsOf(jobs, assignment, machine).length > 0);
      const perMachine = await Promise.all(
        busy.map((machine) =>
          danceOnMachine(
            {
              machine,
              target: s.ssh![machine],
              // Per machine, so that VMs sharing one filesystem (as in tests) never collide.
              remoteDir: `${s.remoteDir ?? `/var/tmp/${basename(s.dir)}`}/${machine}`,
              localDir: join(s.dir, machine),
              jobs: jobsOf(jobs, assignment, machine),
              scope: this.scope,
              info: (line) => progress.info(line),
            },
            engine,
          ),
        ),
      );
      progress.info(`danced ${jobs.length} job(s) in ${seconds(Date.now() - started)}`);
      return perMachine.flat();
    });
    return jobs.map((job) => outcomes.find((outcome) => outcome.job === job) ?? { job, error: 'not run' });
  }

  destroy(state: DriverState, progress: Progress): Promise<void> {
    const s = readVagrantState(state);
    if (!s || s.destroyed) {
      this.guard?.disarm();
      return Promise.resolve();
    }
    // One teardown per job at a time: the signal handler and the caller's `finally` share it.
    let pending = this.destroying.get(s.dir);
    if (!pending) {
      pending = this.tearDown(s, progress).finally(() => {
        this.destroying.delete(s.dir);
        if (!this.guard?.signal) this.guard?.disarm();
      });
      this.destroying.set(s.dir, pending);
    }
    return pending;
  }

  private persist(state: VagrantState): void {
    this.options.persist?.(state);
    this.save?.(state);
  }

  private armSignals(state: VagrantState, progress: Progress): void {
    if (!this.settings.handleSignals) return;
    this.guard ??= new SignalGuard(this.scope, () => this.destroy(state, progress), (line) => progress.info(line));
    this.guard.arm();
  }

  private context(state: VagrantState, withScope: boolean): VagrantContext {
    return {
      binary: state.vagrantBinary,
      cwd: state.dir,
      vagrantHome: state.vagrantHome,
      scope: withScope ? this.scope : undefined,
    };
  }

  private async bringUp(state: VagrantState, progress: Progress): Promise<void> {
    const s = this.settings;
    mkdirSync(s.vagrantHome, { recursive: true, mode: 0o755 });
    makeJobDir(state.dir, recipeDir());
    // Box commands run outside the job directory, whose Vagrantfile needs the box name first.
    const boxContext = { ...this.context(state, true), cwd: s.cacheDir };
    const box = s.box ?? (await progress.group('Preparing the box', () => ensureBox(boxContext, s.cacheDir, s.libvirtUri, (line) => progress.info(line))));
    writeVmsFile(state.dir, {
      box,
      accel: s.accel,
      libvirtUri: s.libvirtUri,
      prefix: state.prefix,
      memory: s.memory,
      cpus: s.cpus,
      bootTimeout: s.bootTimeout,
      network: s.network,
      machines: state.machines.map((name) => ({ name, serialLog: serialLogPath(state.dir, name) })),
    });
    const context = this.context(state, true);
    await progress.group(`Booting ${state.machines.length} VM(s) (${s.accel}, ${s.memory} MiB)`, async () => {
      const started = Date.now();
      const up = await tryVagrant(context, ['up', '--no-provision', '--provider', 'libvirt'], (line) => {
        if (line.trim()) progress.info(line);
      });
      if (up.exitCode !== 0) {
        this.showSerialTails(state, progress);
        throw new CommandFailed('vagrant', ['up'], up.exitCode, up.stderr || up.stdout);
      }
      progress.info(`booted ${state.machines.length} VM(s) in ${seconds(Date.now() - started)}`);
    });
    const config = parseSshConfig((await vagrant(context, ['ssh-config'])).stdout);
    const missing = state.machines.filter((machine) => !config[machine]);
    if (missing.length) throw new CommandFailed('vagrant', ['ssh-config'], 0, `no ssh settings for ${missing.join(', ')}`);
    state.ssh = Object.fromEntries(state.machines.map((machine) => [machine, config[machine]]));
    this.persist(state);
  }

  /** The guest's own words: printed as untrusted text where the progress can guard it. */
  private showSerialTails(state: VagrantState, progress: Progress): void {
    for (const machine of state.machines) {
      const tail = serialTail(state.dir, machine);
      if (!tail) progress.info(`serial console of ${machine}: empty`);
      else if (progress.untrusted) {
        progress.info(`serial console of ${machine} (last lines):`);
        progress.untrusted(tail);
      } else progress.info(`serial console of ${machine} (last lines):\n${tail}`);
    }
  }

  private async tearDown(state: VagrantState, progress: Progress): Promise<void> {
    await progress.group(`Destroying ${state.machines.length} VM(s)`, async () => {
      const started = Date.now();
      // Aborted commands (a dying `vagrant up`) still hold vagrant's machine lock: let them finish.
      await this.scope.idle();
      const strays = killStrays(state.dir);
      if (strays.length) progress.info(`stopped ${strays.length} leftover process(es) of this job: ${strays.join(' ')}`);
      await powerOffDomains(state.libvirtUri, state.prefix);
      await this.vagrantDestroy(state, progress);
      const swept = await sweepLibvirt(state.libvirtUri, state.prefix);
      if (swept.removed.length) progress.info(`removed what vagrant left behind: ${swept.removed.join(', ')}`);
      if (swept.skipped) progress.info(`warning: could not check libvirt for leftovers: ${swept.skipped}`);
      // Only ever remove a directory this driver named (its basename is the job id).
      if (`${basename(state.dir)}-` === state.prefix) rmSync(state.dir, { recursive: true, force: true });
      state.destroyed = true;
      delete state.ssh;
      this.persist(state);
      progress.info(`destroyed in ${seconds(Date.now() - started)}`);
    });
  }

  private async vagrantDestroy(state: VagrantState, progress: Progress): Promise<void> {
    if (!existsSync(join(state.dir, 'Vagrantfile')) || !existsSync(join(state.dir, 'disco-vms.json'))) return;
    try {
      // No scope: a teardown is never itself interrupted.
      const result = await tryVagrant(this.context(state, false), ['destroy', '--force'], (line) => {
        if (line.trim()) progress.info(line);
      });
      if (result.exitCode !== 0) progress.info(`warning: vagrant destroy exited ${result.exitCode}: ${errorLine(result.stderr)}`);
    } catch (error) {
      if (!(error instanceof ToolMissing)) throw error;
      progress.info('warning: vagrant is not installed; removing the VMs through libvirt only');
    }
  }
}

/** The driver factory the action and the CLI use. */
export const createVagrantDriver = (options: VagrantDriverOptions = {}): VagrantDriver => new VagrantDriver(options);

