/**
 * What the vagrant driver records in DriverState, and how it reads it back (possibly in another
 * process: the action's post step, `disco vm-destroy`). Written before `vagrant up`, so a crash at
 * any later point still leaves enough to destroy everything.
 */
import type { DriverState } from '../driver';
import type { SshTarget } from './ssh-config';

export interface VagrantState extends DriverState {
  driver: 'vagrant';
  /** The job directory (Vagrantfile, disco-vms.json, serial logs, .vagrant/). */
  dir: string;
  /** Every libvirt domain and volume of this job starts with it. */
  prefix: string;
  machines: string[];
  /** node → machine. */
  assignment: Record<string, string>;
  vagrantBinary: string;
  vagrantHome: string;
  libvirtUri: string;
  /** Filled in after boot from `vagrant ssh-config`. */
  ssh?: Record<string, SshTarget>;
  /** Per-machine remote working directory (engine, trees, reports). */
  remoteDir?: string;
  destroyed?: boolean;
}

/** The vagrant part of a state, or undefined when there is nothing of ours to destroy. */
export function readVagrantState(state: DriverState): VagrantState | undefined {
  if (state.driver !== 'vagrant') return undefined;
  const candidate = state as Partial<VagrantState>;
  if (typeof candidate.dir !== 'string' || typeof candidate.prefix !== 'string' || !Array.isArray(candidate.machines)) return undefined;
  return state as VagrantState;
}
