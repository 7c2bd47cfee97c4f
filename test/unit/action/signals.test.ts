/** Cancellation: the first SIGINT or SIGTERM runs the teardown once, bounded by the deadline, then exits. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CANCEL_DEADLINE_MS, onCancel } from '../../../src/action/signals';

describe('onCancel', () => {
  it('tears down once on the first signal, then exits 130 for SIGINT', async () => {
    const calls: string[] = [];
    let exited: (code: number) => void = () => undefined;
    const exit = new Promise<number>((resolve) => (exited = resolve));
    const cancel = onCancel(async (signal) => {
      calls.push(signal);
    }, exited);
    try {
      assert.equal(cancel.requested, false);
      process.emit('SIGINT', 'SIGINT');
      process.emit('SIGTERM', 'SIGTERM');
      assert.equal(await exit, 130);
      assert.deepEqual(calls, ['SIGINT']);
      assert.equal(cancel.requested, true);
    } finally {
      cancel.stop();
    }
  });

  it('exits 143 on SIGTERM even when the teardown fails', async () => {
    let exited: (code: number) => void = () => undefined;
    const exit = new Promise<number>((resolve) => (exited = resolve));
    const cancel = onCancel(async () => {
      throw new Error('boom');
    }, exited);
    try {
      process.emit('SIGTERM', 'SIGTERM');
      assert.equal(await exit, 143);
    } finally {
      cancel.stop();
    }
  });

  it('keeps the teardown inside the runner’s 7.5 s window', () => {
    assert.ok(CANCEL_DEADLINE_MS < 7500);
  });
});
