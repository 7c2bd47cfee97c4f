/**
 * Root filesystems for the engine's integration tests: the cached debootstrapped Debian root
 * (built on first use by scripts/build-test-rootfs.sh), writable copies of it for apply tests,
 * and a hash of a whole tree to prove a target byte-identical.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PROJECT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..');

/** The cached test root; built (about 2 minutes) when missing. */
export function testRootfs(): string {
  const dir = process.env.DISCO_TEST_ROOTFS || '/var/cache/disco-test/rootfs-bookworm';
  execFileSync(join(PROJECT, 'scripts/build-test-rootfs.sh'), [dir], { stdio: 'inherit' });
  return dir;
}

/** A private, writable copy of the test root (for apply); remove it with `rmSync(dir, …)`. */
export function copyRootfs(): string {
  const dir = mkdtempSync(join(tmpdir(), 'disco-root-'));
  execFileSync('cp', ['-a', testRootfs() + '/.', dir]);
  return dir;
}

/**
 * A small root (the test root without documentation, locales and package databases) for tests that
 * copy and hash a root many times; built once per process under the temp dir.
 */
let mini: string | undefined;
export function miniRootfs(): string {
  if (mini) return mini;
  const dir = mkdtempSync(join(tmpdir(), 'disco-mini-'));
  execFileSync('rsync', ['-a', '--exclude=/usr/share', '--exclude=/var/lib/dpkg', '--exclude=/var/cache', '--exclude=/usr/lib/x86_64-linux-gnu/perl*',
    '--exclude=/usr/lib/x86_64-linux-gnu/gconv', testRootfs() + '/', dir + '/']);
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  mini = dir;
  return dir;
}

/** Makes `dest` an exact copy of `src` again, touching only what differs. */
export function restoreTree(src: string, dest: string): void {
  execFileSync('rsync', ['-a', '--delete', '-H', src + '/', dest + '/']);
}

export function removeTree(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A hash of every entry's path, type, mode, owner, size, link target and content under `root`. */
export function treeHash(root: string): string {
  const hash = createHash('sha256');
  const walk = (rel: string): void => {
    for (const name of readdirSync(join(root, rel)).sort()) {
      const path = join(root, rel, name);
      const st = lstatSync(path);
      // A directory's size is how its filesystem allocated entries over time, not its content.
      const size = st.isDirectory() ? 0 : st.size;
      hash.update(`${rel}/${name}\0${st.mode}\0${st.uid}\0${st.gid}\0${size}\0${st.rdev}\0`);
      if (st.isSymbolicLink()) hash.update(readlinkSync(path));
      else if (st.isFile()) hash.update(readFileSync(path));
      else if (st.isDirectory()) walk(join(rel, name));
    }
  };
  walk('');
  return hash.digest('hex');
}
