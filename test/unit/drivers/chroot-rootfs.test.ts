/** The recipe's root: reused when present, restored from the cache, else built once and cached. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, beforeEach, describe, it } from 'node:test';
import { cacheKey, ensureRootfs, hasRecipe, RECIPE_MARKER, RECIPE_TEXT, type RootfsCache, type RootfsTools } from '../../../src/drivers/chroot-rootfs';
import type { Progress } from '../../../src/drivers/driver';

const dir = mkdtempSync(join(tmpdir(), 'disco-rootfs-unit-'));
after(() => rmSync(dir, { recursive: true, force: true }));

let calls: string[];
const progress: Progress = { info: (line) => calls.push(`info ${line.split(':')[1]?.trim().split(' ')[0]}`), group: (_t, work) => work() };
const fakeRoot = (path: string): void => {
  mkdirSync(join(path, 'etc'), { recursive: true });
  writeFileSync(join(path, RECIPE_MARKER), `${RECIPE_TEXT}\n`);
};
const tools: RootfsTools = {
  async build(path) {
    calls.push('build');
    fakeRoot(path);
  },
  async pack(_path, archive) {
    calls.push('pack');
    writeFileSync(archive, 'tarball');
  },
  async unpack(_archive, path) {
    calls.push('unpack');
    fakeRoot(path);
  },
};
const cache = (hit: boolean): RootfsCache => ({
  async restore(file, key) {
    calls.push(`restore ${key === cacheKey()}`);
    if (hit) writeFileSync(file, 'tarball');
    return hit;
  },
  async save(_file, key) {
    calls.push(`save ${key === cacheKey()}`);
  },
});

describe('ensureRootfs', () => {
  beforeEach(() => (calls = []));

  it('builds once and caches the tarball, then reuses the directory', async () => {
    const base = join(dir, 'a');
    const root = await ensureRootfs({ base, cache: cache(false), progress, tools });
    assert.ok(hasRecipe(root));
    assert.deepEqual(calls, ['restore true', 'info building', 'build', 'pack', 'save true']);
    calls = [];
    assert.equal(await ensureRootfs({ base, cache: cache(false), progress, tools }), root);
    assert.deepEqual(calls, []);
  });

  it('restores from the cache instead of building', async () => {
    const root = await ensureRootfs({ base: join(dir, 'b'), cache: cache(true), progress, tools });
    assert.ok(hasRecipe(root));
    assert.deepEqual(calls, ['restore true', 'info restoring', 'unpack']);
  });

  it('builds without a cache (runs outside GitHub)', async () => {
    await ensureRootfs({ base: join(dir, 'c'), progress, tools });
    assert.deepEqual(calls, ['info building', 'build']);
  });
});
