/** The engine's pure parts: scan parsing, the blocked-command list, text diffs, sizes, seed text. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { blockedCommands, DEFAULT_BLOCKED } from '../../../src/engine/blocked-commands';
import { isExcluded } from '../../../src/engine/excluded-paths';
import { isBinary, MAX_DIFF, textDiff } from '../../../src/engine/text-diff';
import { isWhiteout, parseScan, signature } from '../../../src/engine/upper-scan';
import type { Change } from '../../../src/model/dance-report';
import { InputError } from '../../../src/model/errors';
import { parseCount, parseSeconds, parseSize } from '../../../src/model/parse-size';
import { changeText, stepText } from '../../../src/reporters/dance-text';

describe('upper-layer scan records', () => {
  const record = (path: string, type: string, rdev = '0:0', opaque = '0'): string[] =>
    [path, type, '644', '0', '0', '12', rdev, '1', '77', '1700000000.000000001', opaque, '', ''];

  it('parses entries, tells whiteouts, and drops paths that could climb out', () => {
    const entries = parseScan([record('etc/x', 'f'), record('etc/gone', 'c'), record('etc/dev', 'c', '1:3'), record('../etc', 'f'), record('a//b', 'f')]);
    assert.deepEqual(entries.map((e) => e.path), ['etc/x', 'etc/gone', 'etc/dev']);
    assert.deepEqual(entries.map(isWhiteout), [false, true, false]);
    assert.equal(entries[0].mode, 0o644);
  });

  it('changes signature when content or metadata changes', () => {
    const [a] = parseScan([record('etc/x', 'f')]);
    assert.notEqual(signature(a), signature({ ...a, ctime: '1700000000.000000002' }));
    assert.notEqual(signature(a), signature({ ...a, size: 13 }));
  });

  it('never reports kernel and runtime paths or disco\'s own', () => {
    assert.deepEqual(['proc/1', 'tmp', 'run/x', 'var/disco/parameters', 'etc/x', 'var/discothèque'].map(isExcluded), [true, true, true, true, false, false]);
  });
});

describe('blocked commands of a repo', () => {
  const repo = (text?: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'disco-blocked-'));
    if (text !== undefined) {
      mkdirSync(join(dir, '.disco'));
      writeFileSync(join(dir, '.disco/blocked-commands'), text);
    }
    return dir;
  };

  it('is the documented default without a config', () => {
    assert.deepEqual(blockedCommands(repo()), [...DEFAULT_BLOCKED]);
  });

  it('adds names, unblocks with !, ignores comments', () => {
    const names = blockedCommands(repo('# ours\nmytool\n!apt-get   # we mirror locally\n\n'));
    assert.ok(names.includes('mytool'));
    assert.ok(!names.includes('apt-get'));
    assert.ok(names.includes('service'));
  });

  it('names the file and line of a bad entry', () => {
    assert.throws(() => blockedCommands(repo('ok\nrm -rf\n')), (error: unknown) =>
      error instanceof InputError && error.message === ".disco/blocked-commands:2: 'rm -rf' is not a command name");
  });
});

describe('text diffs', () => {
  it('is a unified diff with the path, and nothing for equal content', () => {
    const diff = textDiff('/etc/x', Buffer.from('a\nb\n'), Buffer.from('a\nc\n')).diff!;
    assert.match(diff, /^--- a\/etc\/x\n\+\+\+ b\/etc\/x\n@@ -1,2 \+1,2 @@\n a\n-b\n\+c\n$/);
    assert.deepEqual(textDiff('/etc/x', Buffer.from('same'), Buffer.from('same')), {});
  });

  it('flags binary content, including invalid UTF-8, without a diff', () => {
    assert.deepEqual(textDiff('/x', undefined, Buffer.from([0x62, 0, 0x61])), { binary: true });
    assert.equal(isBinary(Buffer.from([0xff, 0xfe, 0x41])), true);
    assert.equal(isBinary(Buffer.from('héllo wörld')), false);
    const sample = Buffer.concat([Buffer.alloc(7999, 'a'), Buffer.from('é'), Buffer.alloc(10, 'b')]);
    assert.equal(isBinary(sample), false, 'a character cut by the sample is not binary');
  });

  it('cuts a long diff and says so', () => {
    const long = Buffer.from(Array.from({ length: 20000 }, (_, i) => `line ${i}`).join('\n'));
    const result = textDiff('/big', undefined, long);
    assert.equal(result.diffTruncated, true);
    assert.ok(result.diff!.length < MAX_DIFF + 200);
    assert.match(result.diff!, /diff cut at 65536 of \d+ characters/);
  });
});

describe('sizes, seconds and counts from flags', () => {
  it('parses what users write and names the flag at fault', () => {
    assert.equal(parseSize('512M', '--memory-max'), 512 * 1024 ** 2);
    assert.equal(parseSize('2GiB', '--memory-max'), 2 * 1024 ** 3);
    assert.equal(parseSize('1048576', '--memory-max'), 1048576);
    assert.equal(parseSeconds('1.5', '--step-timeout'), 1.5);
    assert.equal(parseCount('100', '--pids-max'), 100);
    assert.throws(() => parseSize('lots', '--memory-max'), /^InputError: --memory-max: 'lots' is not a size/);
    assert.equal(parseSize('16M', '--memory-max', '16M'), 16 * 1024 ** 2);
    assert.equal(parseSize('0', '--memory-max', '16M'), 0, '0 is no limit');
    assert.throws(() => parseSize('512k', '--memory-max', '16M'), /^InputError: --memory-max: '512k' is below 16M, the least it can be$/);
    assert.throws(() => parseSeconds('-1', '--step-timeout'), /--step-timeout: '-1' is not a number of seconds/);
    assert.throws(() => parseCount('0', '--pids-max'), /--pids-max: '0' is not a positive whole number/);
  });
});

describe("the seed's text lines", () => {
  const meta = { mode: '0644', uid: 0, gid: 0, owner: 'root', group: 'root', size: 52, md5: '77b20e4840b1be13a577e152edc6b443' };

  it('prints a created file as the seed did', () => {
    const change: Change = { path: '/etc/othermodule/stuff.cfg', action: 'created', type: 'file', after: meta, diff: '@@ -0,0 +1 @@\n+x\n' };
    assert.equal(changeText(change),
      'info: File: file: /etc/othermodule/stuff.cfg : Created : type=[regular file] mode=[81a4] selinux=[?] md5=[77b20e4840b1be13a577e152edc6b443] perms=[root:root 644]\n@@ -0,0 +1 @@\n+x\n');
  });

  it('prints a modification with only what changed, and a deletion', () => {
    const change: Change = { path: '/etc/shadow', action: 'modified', type: 'file', before: { ...meta, mode: '0000', md5: 'a' }, after: { ...meta, md5: 'b' } };
    assert.equal(changeText(change), 'info: File: file: /etc/shadow : Modified : md5=[a => b] perms=[root:root 0 => root:root 644] mode=[8000 => 81a4]\n');
    assert.equal(changeText({ path: '/etc/passwd', action: 'deleted', type: 'file', before: meta }), 'info: File: file: /etc/passwd : Deleted\n');
  });

  it('ends a failed step with an error line naming it', () => {
    const step = { kind: 'template' as const, name: '/etc/x', source: 'modules/m/templates/etc/x', exitCode: 3, output: 'oops', metrics: {} as never };
    assert.equal(stepText('m', step), 'oops\nerror: m: template modules/m/templates/etc/x failed (exit 3): /etc/x not written\n');
  });
});
