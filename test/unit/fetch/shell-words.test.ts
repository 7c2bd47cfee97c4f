/** The parameter tree's rsync command split as a shell would quote it — and nothing a shell would expand. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitShellWords } from '../../../src/fetch/shell-words';
import { InputError } from '../../../src/model/errors';

const split = (text: string): string[] => splitShellWords(text, 'disco/client/cmds/rsync');

test("the seed's command: a bundle ending in -e, then a double-quoted ssh command", () => {
  assert.deepEqual(split('rsync -qaWHe "ssh -i /home/disco/.ssh/id_rsa_disco"'), ['rsync', '-qaWHe', 'ssh -i /home/disco/.ssh/id_rsa_disco']);
});

test("the README's --rsh 'ssh -l USER' form", () => {
  assert.deepEqual(split("rsync -a --rsh 'ssh -l disco'"), ['rsync', '-a', '--rsh', 'ssh -l disco']);
});

test('quotes join a word; backslashes escape; double quotes keep a backslash before other characters', () => {
  assert.deepEqual(split(`a"b c"'d e'f`), ['ab cd ef']);
  assert.deepEqual(split('a\\ b \\"c'), ['a b', '"c']);
  assert.deepEqual(split('"a\\"b\\\\c\\d"'), ['a"b\\c\\d']);
  assert.deepEqual(split("''"), ['']);
  assert.deepEqual(split('  rsync\t-a \\\n --port=8873  '), ['rsync', '-a', '--port=8873']);
  assert.deepEqual(split("rsync -a --exclude='*.bak' # a comment"), ['rsync', '-a', '--exclude=*.bak']);
  assert.deepEqual(split('rsync --exclude=a#b'), ['rsync', '--exclude=a#b']);
});

test('what only a shell could do is refused with one line naming the parameter', () => {
  for (const text of ['rsync -a | tee log', 'rsync $OPTS', 'rsync "$HOME/x"', 'rsync `id`', 'rsync -a; rm -rf /', 'rsync -a > log', 'rsync -e ~/bin/ssh', "rsync 'open", 'rsync "open', 'rsync \\']) {
    assert.throws(
      () => split(text),
      (error: unknown) => error instanceof InputError && error.culprit === 'disco/client/cmds/rsync' && !error.message.includes('\n'),
      text,
    );
  }
});

test('a quoted ~ or $ is just a character', () => {
  assert.deepEqual(split(`rsync -e 'ssh -i ~/.ssh/key' '$x'`), ['rsync', '-e', 'ssh -i ~/.ssh/key', '$x']);
});
