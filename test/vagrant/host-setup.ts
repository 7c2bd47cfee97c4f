/**
 * What every real vagrant test needs before its first VM, shared by the driver's and the action's
 * tests: Debian's packages, a fresh bundle, disco's box (built or reused from its cache) and a
 * libvirtd of our own in a network namespace; afterwards, the check that nothing of ours is left.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseVolumeList } from '../../src/drivers/vagrant/libvirt-sweep';
import { PROJECT } from '../helpers/rootfs';
import { ensurePackages, startLibvirt, type LibvirtHost } from './libvirt-host';

/**
 * Packages, `npm run build`, the box, then libvirtd in its namespace (`scratch` holds its logs).
 * `measure` gets the seconds the box took (a build, or a cache hit).
 */
export async function prepareVagrantHost(scratch: string, log: (line: string) => void, measure?: (what: string, seconds: number) => void): Promise<LibvirtHost> {
  ensurePackages(log);
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: PROJECT, stdio: 'inherit' });
  const started = Date.now();
  execFileSync(join(PROJECT, 'vagrant/build-box.sh'), { stdio: ['ignore', 'ignore', 'inherit'] });
  measure?.('box (build or cache hit)', (Date.now() - started) / 1000);
  return startLibvirt(scratch, log);
}

/** No domain at all (this libvirtd is ours alone), no volume but the cached box images. */
export function assertNoLeftovers(host: LibvirtHost): void {
  const domains = host.virsh(['list', '--all', '--name']).split('\n').map((s) => s.trim()).filter(Boolean);
  assert.deepEqual(domains, [], 'libvirt domains left behind');
  const volumes = parseVolumeList(host.virsh(['vol-list', '--pool', 'default'])).filter((v) => !v.includes('_vagrant_box_image_'));
  assert.deepEqual(volumes, [], 'libvirt volumes left behind');
}
