/**
 * Parses `vagrant ssh-config` once into plain connection facts (kitchen-vagrant `update_state`);
 * everything after boot then uses ssh/scp directly, since each `vagrant ssh` costs seconds.
 */

/** How to reach one machine over plain ssh. */
export interface SshTarget {
  /** The Vagrant machine name (the `Host` line). */
  machine: string;
  host: string;
  port: number;
  user: string;
  identityFiles: string[];
}

const unquote = (value: string): string =>
  value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;

/** One SshTarget per `Host` block, keyed by machine name; blocks without a HostName are an error. */
export function parseSshConfig(text: string): Record<string, SshTarget> {
  const targets: Record<string, SshTarget> = {};
  let current: SshTarget | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(\S+)\s+(.*)$/.exec(line);
    if (!match) continue;
    const key = match[1].toLowerCase();
    const value = unquote(match[2].trim());
    if (key === 'host') {
      current = { machine: value, host: '', port: 22, user: 'vagrant', identityFiles: [] };
      targets[value] = current;
    } else if (!current) {
      continue;
    } else if (key === 'hostname') {
      current.host = value;
    } else if (key === 'port') {
      current.port = Number(value);
    } else if (key === 'user') {
      current.user = value;
    } else if (key === 'identityfile') {
      current.identityFiles.push(value);
    }
  }
  for (const target of Object.values(targets)) {
    if (!target.host) throw new Error(`vagrant ssh-config gave no HostName for machine '${target.machine}'`);
    if (!Number.isInteger(target.port) || target.port <= 0) throw new Error(`vagrant ssh-config gave a bad Port for machine '${target.machine}'`);
  }
  return targets;
}
