/** Sweeping by directory: processes naming a path under it die; removals and this process are spared. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { killProcessesUnder, processesUnder } from '../../../src/drivers/process-sweep';

const dir = mkdtempSync(join(tmpdir(), 'disco-sweep-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const start = (...args: string[]) => {
  const child = spawn('sh', ['-c', 'sleep 30', ...args], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { child, exited };
};

describe('process sweep', () => {
  it('kills what names a path under the directory, and only that', async () => {
    const inside = start('engine', `${dir}/engine/tmp`);
    const removal = start('rm', '-rf', '--one-file-system', '--', `${dir}/engine`);
    const outside = start('engine', `${dir}-other/x`);
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.deepEqual(processesUnder(dir), [inside.child.pid]);
      assert.equal(await killProcessesUnder(dir), 1);
      await inside.exited;
      assert.equal(inside.child.signalCode, 'SIGKILL');
      assert.deepEqual(processesUnder(dir), []);
    } finally {
      removal.child.kill('SIGKILL');
      outside.child.kill('SIGKILL');
    }
  });
});
