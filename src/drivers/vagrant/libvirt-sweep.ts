/**
 * Removes every libvirt domain and storage volume whose name starts with a job's prefix. Vagrant's
 * own destroy comes first; this is the backstop that makes destroy complete after a crash or kill.
 */
import { tryVirsh } from './virsh-cli';

export interface SweepResult {
  /** Domains and volumes removed (names). */
  removed: string[];
  /** Set when virsh is missing or libvirt cannot be reached: the sweep did not look. */
  skipped?: string;
}

const lines = (text: string): string[] => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** Volume names from `virsh vol-list` (a two-line header, then `name path` rows). */
export function parseVolumeList(text: string): string[] {
  const rows = text.split('\n').slice(2);
  return rows.map((row) => row.trim().split(/\s+/)[0]).filter((name) => name !== undefined && name !== '');
}

/**
 * Powers off the job's running domains at once. A domain still waiting for its DHCP lease makes
 * every state query of `vagrant destroy` wait ~3 s for an address (vagrant-libvirt), ~25 s in all;
 * a domain that is off answers at once, and vagrant then removes it, its disks and its network.
 */
export async function powerOffDomains(uri: string, prefix: string): Promise<string[]> {
  if (!prefix) return [];
  const running = await tryVirsh(uri, ['list', '--name']);
  if (running?.exitCode !== 0) return [];
  const stopped: string[] = [];
  for (const domain of lines(running.stdout).filter((name) => name.startsWith(prefix))) {
    if ((await tryVirsh(uri, ['destroy', domain]))?.exitCode === 0) stopped.push(domain);
  }
  return stopped;
}

export async function sweepLibvirt(uri: string, prefix: string, pool = 'default'): Promise<SweepResult> {
  if (!prefix) return { removed: [] };
  const listed = await tryVirsh(uri, ['list', '--all', '--name']);
  if (!listed) return { removed: [], skipped: 'virsh is not installed' };
  if (listed.exitCode !== 0) return { removed: [], skipped: lines(listed.stderr)[0] ?? 'virsh list failed' };
  const removed: string[] = [];
  for (const domain of lines(listed.stdout).filter((name) => name.startsWith(prefix))) {
    await tryVirsh(uri, ['destroy', domain]);
    const gone = await tryVirsh(uri, ['undefine', domain, '--remove-all-storage']);
    if (gone?.exitCode === 0) removed.push(domain);
  }
  const volumes = await tryVirsh(uri, ['vol-list', '--pool', pool]);
  if (volumes?.exitCode === 0) {
    for (const volume of parseVolumeList(volumes.stdout).filter((name) => name.startsWith(prefix))) {
      const deleted = await tryVirsh(uri, ['vol-delete', '--pool', pool, volume]);
      if (deleted?.exitCode === 0) removed.push(volume);
    }
  }
  return { removed };
}
