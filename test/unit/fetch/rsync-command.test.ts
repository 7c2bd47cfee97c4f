/** The user's rsync options pass through, except those that would follow symlinks or fetch nothing. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRsyncCommand } from '../../../src/fetch/rsync-command';
import { InputError } from '../../../src/model/errors';

const parse = (text: string) => parseRsyncCommand(text, '--rsync');

test("the seed's command keeps its options, without -q (disco reads rsync's skip messages)", () => {
  assert.deepEqual(parse('rsync -qaWHe "ssh -i /k"'), { program: 'rsync', options: ['-aWHe', 'ssh -i /k'] });
  assert.deepEqual(parse('/usr/bin/rsync -q --quiet -a'), { program: '/usr/bin/rsync', options: ['-a'] });
});

test("an option's argument is not read as options", () => {
  assert.deepEqual(parse("rsync -a --rsh 'ssh -L 1:h:2'").options, ['-a', '--rsh', 'ssh -L 1:h:2']);
  assert.deepEqual(parse('rsync -e -Lweird').options, ['-e', '-Lweird']);
  assert.deepEqual(parse('rsync -eLx').options, ['-eLx']);
});

test('options that follow links, or transfer nothing, are refused naming the flag', () => {
  for (const text of ['rsync -aL', 'rsync -ak', 'rsync -Ka', 'rsync --copy-links', 'rsync --copy-unsafe-links', 'rsync --keep-dirlinks', 'rsync -an', 'rsync --dry-run', 'rsync --list-only', '']) {
    assert.throws(() => parse(text), (error: unknown) => error instanceof InputError && error.culprit === '--rsync', text);
  }
});
