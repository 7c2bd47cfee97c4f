/** rsync's exit codes and messages, as disco explains them (messages as rsync 3.x prints them). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyFailure } from '../../../src/fetch/rsync-failure';

test('unknown module, missing path, unreachable daemon or ssh, timeouts', () => {
  assert.deepEqual(classifyFailure(5, "@ERROR: Unknown module 'nope'\nrsync error: error starting client-server protocol (code 5)\n"), {
    kind: 'no-module',
    detail: "Unknown module 'nope'",
  });
  assert.equal(classifyFailure(23, 'rsync: [sender] change_dir "n2" (in parameters) failed: No such file or directory (2)\nrsync error: some files/attrs were not transferred (code 23)\n').kind, 'no-path');
  assert.deepEqual(classifyFailure(10, 'rsync: [Receiver] failed to connect to 127.0.0.1 (127.0.0.1): Connection refused (111)\nrsync error: error in socket IO (code 10)\n'), {
    kind: 'unreachable',
    detail: 'failed to connect to 127.0.0.1 (127.0.0.1): Connection refused (111)',
  });
  assert.equal(classifyFailure(5, 'ssh: connect to host 127.0.0.1 port 1: Connection refused\nrsync: did not see server greeting\n').detail, 'ssh: connect to host 127.0.0.1 port 1: Connection refused');
  assert.equal(classifyFailure(30, 'rsync error: timeout in data send/receive (code 30)\n').kind, 'timeout');
  assert.equal(classifyFailure(5, '@ERROR: auth failed on module m\n').kind, 'refused');
});

test("a server's text is cut to one printable line", () => {
  const { detail } = classifyFailure(5, `@ERROR: evil\u001b[31m ${'x'.repeat(500)}\n`);
  assert.ok(!/[\u0000-\u001f]/.test(detail) && detail.length <= 301);
});
