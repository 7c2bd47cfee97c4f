/**
 * The host side of the real vagrant test: Debian's packages (installed when missing), and a
 * libvirtd + virtlogd of our own inside a network namespace we create, so the management bridge,
 * its dnsmasq and every VM address live there and never on the host's network. Stopped by PID.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { probeAccel } from '../../src/drivers/vagrant/accel';

export const LIBVIRT_URI = 'qemu:///system';

const PACKAGES = [
  'vagrant', 'vagrant-libvirt', 'libvirt-daemon-system', 'libvirt-clients', 'qemu-system-x86', 'qemu-utils',
  'dnsmasq-base', 'iproute2', 'iptables', 'openssh-client', 'debootstrap', 'e2fsprogs',
];

const installed = (name: string): boolean =>
  spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' }).stdout.includes('install ok installed');

/** Installs whichever of the Debian packages the test needs are missing (about 70 s the first time). */
export function ensurePackages(log: (line: string) => void): void {
  const missing = PACKAGES.filter((name) => !installed(name));
  if (missing.length === 0) return;
  log(`installing ${missing.join(' ')}`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

export interface LibvirtHost {
  netns: string;
  /** Prefix a command with this to run it inside the namespace. */
  inNetns(argv: string[]): string[];
  virsh(args: string[]): string;
  stop(): void;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

function refuseRunningLibvirtd(): void {
  for (const pidFile of ['/run/libvirtd.pid', '/run/libvirt/libvirtd.pid']) {
    if (!existsSync(pidFile)) continue;
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    if (pid && alive(pid)) {
      throw new Error(`a libvirtd (pid ${pid}) is already running; the test runs its own inside a network namespace: stop that one first`);
    }
  }
}

/**
 * Where KVM is present but unusable (as here: TCG only), libvirt's QEMU capability cache is
 * invalidated on every call ("KVM was enabled when probing, but it is not available now") and each
 * domain operation re-probes QEMU for ~5 s. Inside libvirtd's own mount namespace we hide
 * /dev/kvm behind an empty file and turn off libvirt's per-domain /dev namespaces (which would
 * try to recreate that mount), so the probe and the cache agree. Nothing changes on the host.
 */
function maskingScript(dir: string): string {
  const kvmBroken = existsSync('/dev/kvm') && probeAccel() === 'qemu';
  if (!kvmBroken) return 'exec libvirtd';
  const noKvm = join(dir, 'no-kvm');
  const qemuConf = join(dir, 'qemu.conf');
  closeSync(openSync(noKvm, 'w', 0o600));
  const original = existsSync('/etc/libvirt/qemu.conf') ? readFileSync('/etc/libvirt/qemu.conf', 'utf8') : '';
  writeFileSync(qemuConf, `${original}\nnamespaces = []\n`);
  return `mount --bind ${noKvm} /dev/kvm && mount --bind ${qemuConf} /etc/libvirt/qemu.conf && exec libvirtd`;
}

function startDaemon(argv: string[], logFile: string): ChildProcess {
  const out = openSync(logFile, 'a');
  const child = spawn(argv[0], argv.slice(1), { stdio: ['ignore', out, out] });
  closeSync(out);
  return child;
}

/** Starts virtlogd and libvirtd in a fresh network namespace; `scratch` holds their logs. */
export async function startLibvirt(scratch: string, log: (line: string) => void): Promise<LibvirtHost> {
  refuseRunningLibvirtd();
  const netns = `disco-vt-${process.pid}`;
  execFileSync('ip', ['netns', 'add', netns]);
  execFileSync('ip', ['-n', netns, 'link', 'set', 'lo', 'up']);
  const inNetns = (argv: string[]): string[] => ['ip', 'netns', 'exec', netns, ...argv];
  // `ip netns exec` execs the daemon itself, so these PIDs are the daemons'.
  const virtlogd = startDaemon(inNetns(['virtlogd']), join(scratch, 'virtlogd.log'));
  const libvirtd = startDaemon(inNetns(['sh', '-c', maskingScript(scratch)]), join(scratch, 'libvirtd.log'));
  const virsh = (args: string[]): string => execFileSync('virsh', ['-c', LIBVIRT_URI, ...args], { encoding: 'utf8' });
  const stop = (): void => {
    for (const daemon of [libvirtd, virtlogd]) if (daemon.pid && alive(daemon.pid)) process.kill(daemon.pid, 'SIGTERM');
    for (let i = 0; i < 50 && [libvirtd, virtlogd].some((d) => d.pid && alive(d.pid)); i++) spawnSync('sleep', ['0.1']);
    // What libvirtd started in our namespace (the network's dnsmasq) is ours too.
    const left = spawnSync('ip', ['netns', 'pids', netns], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).map(Number);
    for (const pid of left) if (alive(pid)) process.kill(pid, 'SIGKILL');
    spawnSync('ip', ['netns', 'del', netns]);
    log(`libvirtd (pid ${libvirtd.pid}), virtlogd (pid ${virtlogd.pid}) and namespace ${netns} stopped`);
  };
  for (let i = 0; i < 60; i++) {
    if (spawnSync('virsh', ['-c', LIBVIRT_URI, 'version'], { stdio: 'ignore' }).status === 0) {
      log(`libvirtd (pid ${libvirtd.pid}) and virtlogd (pid ${virtlogd.pid}) running in network namespace ${netns}`);
      return { netns, inNetns, virsh, stop };
    }
    if (libvirtd.exitCode !== null) break;
    await sleep(500);
  }
  stop();
  throw new Error(`libvirtd did not start: see ${join(scratch, 'libvirtd.log')}`);
}
