import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../model/errors';

/**
 * Commands whose effect lies outside the filesystem. In the sandbox they are replaced by shims that
 * print `warning: Would execute : …` and record the call; apply runs them for real after the merge.
 */
export const DEFAULT_BLOCKED: readonly string[] = [
  // service managers
  'service', 'systemctl', 'initctl', 'invoke-rc.d', 'rc-service', 'supervisorctl',
  // power
  'reboot', 'shutdown', 'halt', 'poweroff', 'telinit',
  // kernel
  'modprobe', 'insmod', 'rmmod', 'sysctl',
  // identity and mounts
  'hostname', 'hostnamectl', 'mount', 'umount', 'swapon', 'swapoff',
  // network configuration
  'ip', 'ifconfig', 'ifup', 'ifdown', 'route', 'iptables', 'ip6tables', 'nft', 'netplan',
  // package managers that need the network
  'apt-get', 'apt', 'aptitude', 'yum', 'dnf', 'zypper', 'apk', 'pacman', 'snap',
  // clocks and sessions
  'timedatectl', 'hwclock', 'loginctl',
];

/**
 * Commands whose plain, read-only uses run for real (`hostname` prints the node name, `sysctl -a`
 * reads, `mount` lists, `ip addr` shows); only calls with arguments that change state are blocked.
 * They are shimmed by name on PATH only, so their real binaries stay reachable for those reads.
 * Every rule here must hold for a call without arguments: the sandbox's native shim front runs
 * such calls for real without asking the rule (native/disco-shim.c).
 */
export const READ_ONLY_USES: Readonly<Record<string, string>> = {
  hostname: '[[ $# -eq 0 || ( $# -eq 1 && $1 == -[sfdiIAa]* ) ]]',
  sysctl: '[[ $# -eq 0 || $1 == -a || $1 == -n || ( $1 != -* && $* != *=* ) ]]',
  mount: '[[ $# -eq 0 || $1 == -l ]]',
  ip: '[[ $# -le 1 || $2 == show || $2 == list || $2 == ls ]]',
};

/** Where a repo adjusts the list: one command a line, `!name` to unblock a default, `#` comments. */
export const BLOCKED_CONFIG = '.disco/blocked-commands';

const NAME = /^[A-Za-z0-9_.+-]+$/;

/** Reads the repo's adjustments (if any) over the default list. */
export function blockedCommands(repoRoot: string): string[] {
  const file = join(repoRoot, BLOCKED_CONFIG);
  const names = new Set(DEFAULT_BLOCKED);
  if (!existsSync(file)) return [...names];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      const line = raw.replace(/#.*/, '').trim();
      if (!line) return;
      const unblock = line.startsWith('!');
      const name = unblock ? line.slice(1) : line;
      if (!NAME.test(name)) throw new InputError(`'${name}' is not a command name`, BLOCKED_CONFIG, index + 1);
      if (unblock) names.delete(name);
      else names.add(name);
    });
  return [...names];
}
