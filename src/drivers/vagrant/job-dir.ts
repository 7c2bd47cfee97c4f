/**
 * The per-job directory: the Vagrantfile template copied unchanged from vagrant/, and beside it the
 * disco-vms.json it reads (machines, box, sizes, network). Rendering data, never Ruby, keeps the
 * template reviewable. QEMU writes the serial logs here, so the directory must be traversable.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Accel } from './accel';

export interface NetworkSettings {
  /** libvirt network vagrant-libvirt creates for management (DHCP + ssh). */
  name: string;
  address: string;
  /** `nat` (guests reach out through the host) or `none` (isolated). */
  mode: string;
}

export interface VmsFile {
  box: string;
  accel: Accel;
  libvirtUri: string;
  prefix: string;
  memory: number;
  cpus: number;
  bootTimeout: number;
  network: NetworkSettings;
  machines: { name: string; serialLog: string }[];
}

export const serialLogPath = (dir: string, machine: string): string => join(dir, `serial-${machine}.log`);

/** Creates the job directory with the template; `write` fills in disco-vms.json. */
export function makeJobDir(dir: string, templateDir: string): void {
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
  copyFileSync(join(templateDir, 'Vagrantfile'), join(dir, 'Vagrantfile'));
}

export function writeVmsFile(dir: string, vms: VmsFile): void {
  writeFileSync(join(dir, 'disco-vms.json'), JSON.stringify(vms, null, 2) + '\n');
}

/** The last `lines` lines of a machine's serial console, control characters removed. */
export function serialTail(dir: string, machine: string, lines = 40): string | undefined {
  const path = serialLogPath(dir, machine);
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8')
    .replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '')
    .replace(/[^\x09\x0a\x20-\x7e\u00a0-\uffff]/g, '');
  return text.split('\n').filter((line) => line.trim() !== '').slice(-lines).join('\n');
}
