import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../../src/model/errors';
import { parseRequires } from '../../../src/plan/parse-requires';

const FILE = 'modules/web/requires';

test('after and before statements, with comments and blank lines ignored', () => {
  const text = '# web needs base\n\nafter base\n  before   monitoring  # then checks\r\n\n';
  assert.deepEqual(parseRequires(text, FILE), [
    { kind: 'after', module: 'base', file: FILE, line: 3 },
    { kind: 'before', module: 'monitoring', file: FILE, line: 4 },
  ]);
});

test('an empty file requires nothing', () => {
  assert.deepEqual(parseRequires('', FILE), []);
  assert.deepEqual(parseRequires('# nothing\n', FILE), []);
});

const rejects = (text: string, line: number, pattern: RegExp): void => {
  assert.throws(
    () => parseRequires(text, FILE),
    (error: unknown) => error instanceof InputError && error.culprit === FILE && error.line === line && pattern.test(error.message),
    JSON.stringify(text),
  );
};

test('anything but after X / before X names the file and line', () => {
  rejects('after base\nneeds base\n', 2, /modules\/web\/requires:2: expected 'after MODULE' or 'before MODULE', got 'needs base'/);
  rejects('after\n', 1, /expected/);
  rejects('\n\nafter a b\n', 3, /got 'after a b'/);
  rejects('AFTER base\n', 1, /expected/);
});

test('module names in requires cannot reach outside modules/', () => {
  rejects('after ../base\n', 1, /bad module name '\.\.\/base'/);
  rejects('# x\nbefore /etc/base\n', 2, /bad module name '\/etc\/base'/);
  rejects('after a/b\n', 1, /bad module name/);
});
