import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, beforeEach, test } from 'node:test';
import { InputError } from '../../../src/model/errors';
import { formatDump, formatGet } from '../../../src/param/format-params';
import { deleteParam, dumpParams, getParam, listKeys, setParam } from '../../../src/param/param-tree';

const scratch = mkdtempSync(join(tmpdir(), 'disco-param-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
let tree = '';
let count = 0;
beforeEach(() => {
  tree = join(scratch, `tree${count++}`);
});

/** The seed's client tree (README: `disco-param dump`). */
function seedTree(): void {
  setParam(tree, 'disco/client/cmds/rsync', 'rsync -qaWHe "ssh -i /home/disco/.ssh/id_rsa_disco"');
  setParam(tree, 'disco/server/uri', 'disco@aklabs.net');
}

test('dump prints the seed shape: directories as {} before their children', () => {
  seedTree();
  assert.deepEqual(formatDump(dumpParams(tree)), [
    'disco = {}',
    'disco/client = {}',
    'disco/client/cmds = {}',
    'disco/client/cmds/rsync = rsync -qaWHe "ssh -i /home/disco/.ssh/id_rsa_disco"',
    'disco/server = {}',
    'disco/server/uri = disco@aklabs.net',
  ]);
  assert.deepEqual(formatDump(dumpParams(tree, 'disco/server')), ['disco/server/uri = disco@aklabs.net']);
  assert.deepEqual(formatDump(dumpParams(tree, 'disco/server/uri')), ['disco/server/uri = disco@aklabs.net']);
});

test('set creates parents and stores a trailing newline that get does not print', () => {
  setParam(tree, 'a/b/c', 'value');
  assert.equal(readFileSync(join(tree, 'a/b/c'), 'utf8'), 'value\n');
  assert.equal(formatGet(getParam(tree, 'a/b/c')), 'value');
  assert.equal(formatGet(getParam(tree, 'a/b')), '{}');
  setParam(tree, 'a/b/c', 'two\nlines\n');
  assert.equal(formatGet(getParam(tree, 'a/b/c')), 'two\nlines');
  setParam(tree, 'empty', '');
  assert.equal(formatGet(getParam(tree, 'empty')), '');
});

test('values written by hand without a newline read the same', () => {
  mkdirSync(tree);
  writeFileSync(join(tree, 'raw'), 'no newline');
  assert.equal(formatGet(getParam(tree, 'raw')), 'no newline');
});

test('keys lists child names in order; .gitkeep is invisible', () => {
  seedTree();
  writeFileSync(join(tree, 'disco/.gitkeep'), '');
  setParam(tree, 'disco/aaa', '1');
  assert.deepEqual(listKeys(tree), ['disco']);
  assert.deepEqual(listKeys(tree, 'disco'), ['aaa', 'client', 'server']);
  assert.throws(() => listKeys(tree, 'disco/aaa'), /'disco\/aaa' is a value, not a directory/);
});

test('delete removes a value or a whole directory', () => {
  seedTree();
  deleteParam(tree, 'disco/server/uri');
  assert.deepEqual(listKeys(tree, 'disco/server'), []);
  deleteParam(tree, 'disco/client');
  assert.deepEqual(listKeys(tree, 'disco'), ['server']);
});

const inputError = (pattern: RegExp) => (error: unknown) => error instanceof InputError && pattern.test(error.message) && !error.message.includes('\n');

test('missing keys, bad names and impossible sets are one-line InputErrors', () => {
  seedTree();
  assert.throws(() => getParam(tree, 'nope'), inputError(/no such parameter 'nope'/));
  assert.throws(() => deleteParam(tree, 'disco/nope'), inputError(/no such parameter 'disco\/nope'/));
  assert.throws(() => getParam(tree, '../etc/passwd'), inputError(/bad parameter name/));
  assert.throws(() => setParam(tree, '/abs', 'x'), inputError(/bad parameter name/));
  assert.throws(() => setParam(tree, 'disco/server/uri/deeper', 'x'), inputError(/'disco\/server\/uri' is a value/));
  assert.throws(() => setParam(tree, 'disco/client', 'x'), inputError(/'disco\/client' is a directory/));
  assert.throws(() => dumpParams(join(scratch, 'missing-tree')), inputError(/parameter tree not found/));
  assert.throws(() => listKeys(join(scratch, 'missing-tree')), inputError(/parameter tree not found/));
});
