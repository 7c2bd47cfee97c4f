/**
 * `disco vm-dance`: the vagrant driver for humans and tests — boot VM(s), dance the nodes of one or
 * two trees (head and, with --base-repo, base), bring the DanceReports back to --out, destroy.
 * The driver state is written to --state before anything boots, for `disco vm-destroy`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { DanceJob, DriverState, Progress } from '../../drivers/driver';
import { CommandFailed, Interrupted } from '../../drivers/vagrant/errors';
import { createVagrantDriver } from '../../drivers/vagrant/vagrant-driver';
import { InputError } from '../../model/errors';
import { EXIT_FAILED, EXIT_PASSED, type Command } from '../command';

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** Progress as plain `info:` lines; a group prints its title and, at the end, its elapsed time. */
export function lineProgress(write: (line: string) => void = (line) => process.stdout.write(line + '\n')): Progress {
  return {
    info: (line) => write(`info: ${line.replace(/\n/g, '\n  ')}`),
    async group(title, work) {
      write(`info: ${title}`);
      const started = Date.now();
      try {
        return await work();
      } finally {
        write(`info: ${title}: ${seconds(Date.now() - started)}`);
      }
    },
  };
}

/** Writes the state file atomically enough for another process to read at any time. */
export const stateWriter = (file: string) => (state: DriverState): void => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(state, null, 2) + '\n');
};

const positiveInt = (value: string | undefined, flag: string): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^[1-9][0-9]*$/.test(value)) throw new InputError(`expected a positive whole number, got '${value}'`, flag);
  return Number(value);
};

export const vmDanceCommand: Command = {
  name: 'vm-dance',
  usage: 'vm-dance --driver vagrant --repo DIR --node NAME… [--base-repo DIR] [--out DIR] [--vms N] [--apply]   dances in disposable VMs',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        driver: { type: 'string', default: 'vagrant' },
        repo: { type: 'string', default: '.' },
        'base-repo': { type: 'string' },
        node: { type: 'string', multiple: true },
        out: { type: 'string', default: 'disco-reports' },
        state: { type: 'string' },
        vms: { type: 'string' },
        memory: { type: 'string' },
        accel: { type: 'string' },
        box: { type: 'string' },
        'network-mode': { type: 'string' },
        apply: { type: 'boolean', default: false },
      },
      strict: true,
    });
    if (values.driver !== 'vagrant') throw new InputError(`unknown driver '${values.driver}' (vm-dance knows: vagrant)`, '--driver');
    const nodes = values.node ?? [];
    if (nodes.length === 0) throw new InputError('name at least one node', '--node');
    if (values.accel !== undefined && values.accel !== 'kvm' && values.accel !== 'qemu') throw new InputError(`expected kvm or qemu, got '${values.accel}'`, '--accel');
    const trees: [string, string][] = [['head', resolve(values.repo)]];
    if (values['base-repo']) trees.unshift(['base', resolve(values['base-repo'])]);
    for (const [, dir] of trees) if (!existsSync(join(dir, 'parameters'))) throw new InputError(`'${dir}' is not a module repository (no parameters/)`, '--repo');
    const out = resolve(values.out);
    const jobs: DanceJob[] = trees.flatMap(([label, repo]) =>
      nodes.map((node) => ({ node, repo, label, mode: values.apply ? ('apply' as const) : ('noop' as const), reportPath: join(out, label, `${node}.json`) })),
    );
    const progress = lineProgress();
    const driver = createVagrantDriver({
      vms: positiveInt(values.vms, '--vms'),
      memory: positiveInt(values.memory, '--memory'),
      accel: values.accel as 'kvm' | 'qemu' | undefined,
      box: values.box,
      network: values['network-mode'] ? { mode: values['network-mode'] } : undefined,
      persist: stateWriter(resolve(values.state ?? join(out, 'vagrant-state.json'))),
    });
    const state: DriverState = { driver: 'vagrant' };
    const times: string[] = [];
    const timed = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
      const started = Date.now();
      try {
        return await work();
      } finally {
        times.push(`${what} ${seconds(Date.now() - started)}`);
      }
    };
    let failed = false;
    let broken: CommandFailed | undefined;
    try {
      await timed('boot', () => driver.create(state, jobs, progress));
      const outcomes = await timed('dance', () => driver.dance(state, jobs, progress));
      for (const outcome of outcomes) {
        const { job, report } = outcome;
        if (report) process.stdout.write(`report: ${job.reportPath} (${job.node}, ${job.label}: ${report.status})\n`);
        else process.stderr.write(`error: ${job.node} (${job.label}): ${outcome.error}\n`);
        failed ||= report?.status !== 'passed';
      }
    } catch (error) {
      // A VM that cannot boot or be reached is the environment's fault: exit 2, one line.
      if (error instanceof CommandFailed) broken = error;
      else if (!(error instanceof Interrupted)) throw error;
    } finally {
      await timed('destroy', () => driver.destroy(state, progress));
      progress.info(`times: ${times.join(', ')}`);
    }
    if (driver.interruptedBy) return 128 + (driver.interruptedBy === 'SIGINT' ? 2 : 15);
    if (broken) throw new InputError(broken.message);
    return failed ? EXIT_FAILED : EXIT_PASSED;
  },
};
