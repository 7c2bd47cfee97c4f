/**
 * The vagrant driver's options and their defaults. Everything QEMU must read or write (box kernel,
 * serial logs) lives under one cache directory that is traversable by QEMU's user (libvirt-qemu).
 */
import { join } from 'node:path';
import type { DriverState } from '../driver';
import { probeAccel, type Accel } from './accel';
import { defaultCacheDir } from './box';
import type { NetworkSettings } from './job-dir';

export interface VagrantDriverOptions {
  /** How many VMs share the nodes (booted in parallel); never more than there are nodes. Default 1. */
  vms?: number;
  /** MiB per VM. Default 512 (256 boots, but the engine and its scratch need room). */
  memory?: number;
  /** vCPUs per VM. Default 1. */
  cpus?: number;
  /** `kvm` or `qemu` (TCG); default: kvm when it really works here. */
  accel?: Accel;
  /** Seconds vagrant waits for a VM's ssh. Default 300 (TCG boots take ~45 s, slower in parallel). */
  bootTimeout?: number;
  /** A box vagrant already knows; default: disco's own box, built and cached on first use. */
  box?: string;
  /** Built boxes (and, by default, VAGRANT_HOME and job directories). Default /var/cache/disco-vagrant. */
  cacheDir?: string;
  vagrantHome?: string;
  /** Parent of the per-job directories. */
  workDir?: string;
  /** Parent of the job's working directory inside each VM. Default /var/tmp. */
  remoteRoot?: string;
  vagrantBinary?: string;
  libvirtUri?: string;
  network?: Partial<NetworkSettings>;
  /** Called whenever the state changes, first before `vagrant up`: persist it (saveState, a file). */
  persist?: (state: DriverState) => void;
  /** Tear the VMs down on SIGINT/SIGTERM. Default true. */
  handleSignals?: boolean;
}

export type VagrantSettings = Required<Omit<VagrantDriverOptions, 'box' | 'persist' | 'network'>> & {
  box?: string;
  network: NetworkSettings;
};

const positive = (value: number | undefined, fallback: number): number =>
  value !== undefined && Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;

export function resolveSettings(options: VagrantDriverOptions): VagrantSettings {
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  return {
    vms: positive(options.vms, 1),
    memory: positive(options.memory, 512),
    cpus: positive(options.cpus, 1),
    accel: options.accel ?? probeAccel(),
    bootTimeout: Math.max(120, positive(options.bootTimeout, 300)),
    box: options.box,
    cacheDir,
    vagrantHome: options.vagrantHome ?? process.env.VAGRANT_HOME ?? join(cacheDir, 'vagrant.d'),
    workDir: options.workDir ?? process.env.DISCO_VAGRANT_WORK ?? join(cacheDir, 'jobs'),
    remoteRoot: options.remoteRoot ?? '/var/tmp',
    vagrantBinary: options.vagrantBinary ?? process.env.DISCO_VAGRANT_BINARY ?? 'vagrant',
    libvirtUri: options.libvirtUri ?? 'qemu:///system',
    network: {
      name: options.network?.name ?? 'vagrant-libvirt',
      address: options.network?.address ?? '192.168.121.0/24',
      mode: options.network?.mode ?? 'nat',
    },
    handleSignals: options.handleSignals ?? true,
  };
}
