/**
 * disco's own box: built by vagrant/build-box.sh from Debian packages (nothing downloaded but
 * packages), cached under a directory keyed by a hash of the recipe, and added to vagrant once.
 * The key is exported for the action, which caches the box directory between runs.
 */
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommandFailed } from './errors';
import type { ProcessScope } from './process-scope';
import { sweepLibvirt } from './libvirt-sweep';
import { runTool } from './tool-process';
import { tryVagrant, vagrant, type VagrantContext } from './vagrant-cli';

/** Where built boxes are kept (override: DISCO_VAGRANT_CACHE). */
export const defaultCacheDir = (): string => process.env.DISCO_VAGRANT_CACHE || '/var/cache/disco-vagrant';

/**
 * The project's vagrant/ directory (recipe and Vagrantfile template). The bundle lives in dist/,
 * the sources in src/drivers/vagrant/: look upwards from here (override: DISCO_VAGRANT_DIR).
 */
export function recipeDir(): string {
  if (process.env.DISCO_VAGRANT_DIR) return resolve(process.env.DISCO_VAGRANT_DIR);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'vagrant', 'build-box.sh'))) return join(dir, 'vagrant');
    dir = dirname(dir);
  }
  throw new CommandFailed('disco', ['vagrant/build-box.sh'], undefined, 'the box recipe (vagrant/build-box.sh) was not found; set DISCO_VAGRANT_DIR');
}

async function runRecipe(args: string[], scope?: ProcessScope, onLine?: (line: string) => void): Promise<string> {
  const script = join(recipeDir(), 'build-box.sh');
  const result = await runTool('bash', [script, ...args], { scope, onErrorLine: onLine, graceMs: 10_000 });
  if (result.exitCode !== 0) throw new CommandFailed('build-box.sh', args, result.exitCode, result.stderr);
  return result.stdout.trim().split('\n').pop() ?? '';
}

/** The recipe's hash: the box's version and the cache key. */
export const boxRecipeKey = (): Promise<string> => runRecipe(['--print-key']);

/** The vagrant box name for a recipe key. */
export const boxName = (key: string): string => `disco/bookworm-${key}`;

/**
 * A one-version catalog for the box file: with a version, vagrant-libvirt names the base volume it
 * uploads `…_vagrant_box_image_1.0.0_box.img` instead of after a timestamp, so re-adding the same
 * recipe's box reuses that volume rather than uploading another copy.
 */
function writeCatalog(dir: string, name: string): string {
  const catalog = join(dir, 'catalog.json');
  const url = `file://${join(dir, 'disco.box')}`;
  writeFileSync(catalog, JSON.stringify({ name, versions: [{ version: BOX_VERSION, providers: [{ name: 'libvirt', url }] }] }, null, 2) + '\n');
  return catalog;
}

const BOX_VERSION = '1.0.0';

const hasBox = (listing: string, name: string): boolean =>
  listing.split('\n').some((line) => line.trim().split(/\s+/)[0] === name);

/**
 * Boxes of older recipes: removed from vagrant, from libvirt's pool (the base volume vagrant-libvirt
 * uploaded) and from the cache, so that a long-lived machine does not collect one per recipe change.
 */
async function pruneOldBoxes(context: VagrantContext, listing: string, keep: string, cacheDir: string, libvirtUri: string): Promise<string[]> {
  const old = listing.split('\n').map((line) => line.trim().split(/\s+/)[0]).filter((name) => name?.startsWith('disco/bookworm-') && name !== keep);
  for (const name of old) {
    await tryVagrant(context, ['box', 'remove', '--force', '--all', name]);
    // vagrant-libvirt names the uploaded base volume after the box, '/' spelled VAGRANTSLASH.
    await sweepLibvirt(libvirtUri, `${name.replace('/', '-VAGRANTSLASH-')}_vagrant_box_image_`);
  }
  const keepDir = `box-${keep.slice('disco/bookworm-'.length)}`;
  for (const entry of existsSync(cacheDir) ? readdirSync(cacheDir) : []) {
    if (/^box-[0-9a-f]{12}$/.test(entry) && entry !== keepDir) rmSync(join(cacheDir, entry), { recursive: true, force: true });
  }
  return old;
}

/**
 * Makes sure vagrant knows disco's box: builds it when the cache lacks it (about 2 minutes),
 * then `vagrant box add` once per VAGRANT_HOME. Returns the box name.
 */
export async function ensureBox(context: VagrantContext, cacheDir: string, libvirtUri: string, info: (line: string) => void): Promise<string> {
  const name = boxName(await runRecipe(['--print-key'], context.scope));
  const listing = (await vagrant(context, ['box', 'list'])).stdout;
  if (hasBox(listing, name)) return name;
  const dir = await runRecipe([cacheDir], context.scope, info);
  info(`adding box ${name} from ${dir}`);
  const added = await tryVagrant(context, ['box', 'add', writeCatalog(dir, name)], info);
  // Another job may have added it meanwhile: only a box that is still missing is an error.
  if (added.exitCode !== 0 && !hasBox((await vagrant(context, ['box', 'list'])).stdout, name)) {
    throw new CommandFailed('vagrant', ['box', 'add', name], added.exitCode, added.stderr || added.stdout);
  }
  const pruned = await pruneOldBoxes(context, listing, name, cacheDir, libvirtUri);
  if (pruned.length) info(`removed boxes of older recipes: ${pruned.join(', ')}`);
  return name;
}
