/**
 * The chroot driver without dancing: the root is checked, apply jobs get a fresh copy each (made
 * after the state names it), noop jobs share the root, and destroy removes the copies from state.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ChrootDriver, type ChrootState } from '../../../src/drivers/chroot';
import type { DanceJob, Progress } from '../../../src/drivers/driver';

const dir = mkdtempSync(join(tmpdir(), 'disco-chroot-unit-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const progress: Progress = { info: () => undefined, group: (_t, work) => work() };
const job = (node: string, mode: DanceJob['mode']): DanceJob => ({ node, label: mode, repo: '/repo', mode, reportPath: join(dir, `${node}.json`) });

function tinyRoot(): string {
  const root = join(dir, 'root');
  mkdirSync(join(root, 'bin'), { recursive: true });
  mkdirSync(join(root, 'etc'), { recursive: true });
  writeFileSync(join(root, 'bin/bash'), '');
  writeFileSync(join(root, 'etc/hostname'), 'tiny\n');
  return root;
}

describe('chroot driver', () => {
  it('refuses a root that is no root filesystem, and this machine’s /', async () => {
    const work = join(dir, 'w0');
    await assert.rejects(new ChrootDriver({ workDir: work, root: dir }).create({ driver: 'chroot' }, [], progress), /is not a root filesystem \(no \/bin\/bash or \/etc\)/);
    await assert.rejects(new ChrootDriver({ workDir: work, root: '/' }).create({ driver: 'chroot' }, [], progress), /is this machine's own root: use driver 'local'/);
  });

  it('copies the root once per applying node, after saving where, and destroys from state', async () => {
    const root = tinyRoot();
    const work = join(dir, 'w1');
    const state: ChrootState = { driver: 'chroot' };
    const saved: string[] = [];
    await new ChrootDriver({ workDir: work, root }).create(state, [job('a', 'apply'), job('a', 'noop'), job('b', 'noop')], progress, (s) => saved.push(JSON.stringify(s)));
    assert.deepEqual(Object.keys(state.copies!), ['a']);
    assert.equal(state.root, root);
    const copy = state.copies!.a!;
    assert.equal(readFileSync(join(copy, 'etc/hostname'), 'utf8'), 'tiny\n');
    assert.ok(saved.some((s) => s.includes(copy)), 'the copy was in the saved state');

    await new ChrootDriver({ workDir: work }).destroy(state);
    assert.ok(!existsSync(copy));
    assert.deepEqual(state.copies, {});
    await new ChrootDriver({ workDir: work }).destroy(state);
  });
});
