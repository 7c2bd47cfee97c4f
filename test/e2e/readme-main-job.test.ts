/**
 * The README's first command, as a new user runs it: a noop dance of the bundled seed example on
 * this machine's own `/` (noop only). It shows what the seed README shows and changes nothing.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli';
import { PROJECT } from '../helpers/rootfs';

describe('README: the main job', () => {
  const readme = readFileSync(join(PROJECT, 'README.md'), 'utf8');
  const command = /^sudo node dist\/cli\.js (dance --noop --repo examples\/seed --node localhost\.localdomain)\s/m.exec(readme);

  it('is the first command at the top of the README', () => {
    assert.ok(command, 'the README starts with the noop dance of examples/seed');
    assert.ok(readme.indexOf(command![0]) < 1200);
  });

  it('reports the seed template, its diff and the blocked service call, and changes nothing', () => {
    const result = runCli(command![1].split(' '), { cwd: PROJECT });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^info: Processing testmodule-1\.0$/m);
    assert.match(result.stdout, /^Hello, disco$/m);
    assert.match(result.stdout, /^warning: Would execute : service postgresql stop$/m);
    assert.match(result.stdout, /^info: File: file: \/etc\/othermodule\/stuff\.cfg : Created : type=\[regular file\] mode=\[81a4\] selinux=\[\?\] md5=\[77b20e4840b1be13a577e152edc6b443\] perms=\[root:root 644\]$/m);
    assert.match(result.stdout, /^\+HOST=localhost\.localdomain\n\+KEY_VALUE=LOLTHISKEYMEANSNOTHING$/m);
    assert.equal(existsSync('/etc/othermodule'), false, 'noop never changes the target');
  });
});
