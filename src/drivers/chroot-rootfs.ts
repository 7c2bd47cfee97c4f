/**
 * The chroot driver's default target when no `root` is given: a Debian root filesystem built once
 * from one documented recipe (debootstrap, as scripts/build-test-rootfs.sh builds the test root)
 * and kept between jobs as a tarball in a cache (the action's is @actions/cache). A tarball, not
 * the tree: the tree is root's (device nodes, setuid files) and the cache runs as the runner user.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Progress } from './driver';
import { mustRunAsRoot, removeAsRoot, runAsRoot } from './privileged';

/** The recipe. Its text is the marker file's content and the cache key, so any change rebuilds. */
export const ROOTFS_RECIPE = {
  suite: 'bookworm',
  variant: 'minbase',
  include: ['iproute2', 'procps', 'psmisc', 'kmod'],
  mirror: 'http://deb.debian.org/debian',
  revision: 'v1',
} as const;

/** Same text as scripts/build-test-rootfs.sh writes, so a root either one built serves both. */
export const RECIPE_TEXT = `${ROOTFS_RECIPE.suite} ${ROOTFS_RECIPE.variant} +${ROOTFS_RECIPE.include.join(',')} ${ROOTFS_RECIPE.revision}`;
export const RECIPE_MARKER = '.disco-recipe';

/** Where the cache keeps one file under one key (the action's @actions/cache, or nothing). */
export interface RootfsCache {
  /** True when `file` was restored. */
  restore(file: string, key: string): Promise<boolean>;
  save(file: string, key: string): Promise<void>;
}

/** The commands behind a build; replaced in tests, which must not debootstrap. */
export interface RootfsTools {
  build(dir: string): Promise<void>;
  pack(dir: string, archive: string): Promise<void>;
  unpack(archive: string, dir: string): Promise<void>;
}

export interface RootfsRequest {
  /** Parent of the root and its tarball; default `$RUNNER_TOOL_CACHE/disco` (or the temp dir). */
  base?: string;
  cache?: RootfsCache;
  progress: Progress;
  tools?: RootfsTools;
}

const recipeId = (): string => createHash('sha256').update(RECIPE_TEXT).digest('hex').slice(0, 16);
export const cacheKey = (): string => `disco-rootfs-${process.arch}-${recipeId()}`;
const defaultBase = (): string => join(process.env.RUNNER_TOOL_CACHE || tmpdir(), 'disco');

export const hasRecipe = (dir: string): boolean => {
  try {
    return readFileSync(join(dir, RECIPE_MARKER), 'utf8').trim() === RECIPE_TEXT;
  } catch {
    return false;
  }
};

/** The root directory, ready: already there, restored from the cache, or built (then cached). */
export async function ensureRootfs(request: RootfsRequest): Promise<string> {
  const base = request.base ?? defaultBase();
  const tools = request.tools ?? debootstrapTools;
  const dir = join(base, `rootfs-${recipeId()}`);
  if (hasRecipe(dir)) return dir;
  mkdirSync(base, { recursive: true });
  const archive = join(base, `rootfs-${recipeId()}.tar.gz`);
  const staging = `${dir}.tmp`;
  await removeAsRoot(staging);
  const restored = request.cache ? await request.cache.restore(archive, cacheKey()).catch(() => false) : false;
  if (restored && existsSync(archive)) {
    request.progress.info(`chroot: restoring the root filesystem from the cache (${cacheKey()})`);
    await tools.unpack(archive, staging);
  } else {
    request.progress.info(`chroot: building the root filesystem: debootstrap ${RECIPE_TEXT} (about 2 minutes, cached after)`);
    await tools.build(staging);
  }
  await removeAsRoot(dir);
  await mustRunAsRoot('moving the root filesystem into place', ['mv', '-T', staging, dir]);
  if (!hasRecipe(dir)) throw new Error(`the root filesystem at ${dir} lacks its recipe marker`);
  if (request.cache && !restored) {
    try {
      await tools.pack(dir, archive);
      await request.cache.save(archive, cacheKey());
    } catch (error) {
      request.progress.info(`chroot: could not cache the root filesystem: ${(error as Error).message}`);
    }
  }
  return dir;
}

const debootstrapTools: RootfsTools = {
  async build(dir) {
    if ((await runAsRoot(['sh', '-c', 'command -v debootstrap'])).exitCode !== 0) {
      await mustRunAsRoot('apt-get update', ['apt-get', 'update', '-qq']);
      await mustRunAsRoot('installing debootstrap', ['apt-get', 'install', '-y', '-qq', 'debootstrap'], { DEBIAN_FRONTEND: 'noninteractive' });
    }
    const { suite, variant, include, mirror } = ROOTFS_RECIPE;
    await mustRunAsRoot('debootstrap', ['debootstrap', `--variant=${variant}`, `--include=${include.join(',')}`, suite, dir, mirror]);
    // Package archives and lists are of no use to a dance and would double the cached size.
    await mustRunAsRoot('trimming the root filesystem', ['sh', '-c',
      'rm -rf "$1"/var/cache/apt/archives/*.deb "$1"/var/lib/apt/lists/*_Packages; printf "%s\\n" "$2" > "$1/$3"',
      'sh', dir, RECIPE_TEXT, RECIPE_MARKER]);
  },
  async pack(dir, archive) {
    await mustRunAsRoot('packing the root filesystem', ['tar', '--numeric-owner', '--xattrs', '-C', dir, '-czpf', archive, '.']);
  },
  async unpack(archive, dir) {
    await mustRunAsRoot('creating the root directory', ['mkdir', '-p', dir]);
    await mustRunAsRoot('unpacking the root filesystem', ['tar', '--numeric-owner', '--xattrs', '-C', dir, '-xzpf', archive]);
  },
};
