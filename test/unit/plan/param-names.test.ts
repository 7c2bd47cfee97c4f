import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../../src/model/errors';
import { checkEntityName, checkParamKey, isEntityName, isParamKey } from '../../../src/plan/param-names';

test('parameter keys follow the seed rule [A-Za-z0-9_.-/]', () => {
  for (const key of ['something', 'disco/client/cmds/rsync', 'a.b-c_d/E9', 'x.y']) assert.ok(isParamKey(key), key);
  for (const key of ['', '/abs', 'a/../b', '..', 'a..b', 'bad name', 'a$b', 'a//b', 'a/', 'a/./b', 'ü']) {
    assert.ok(!isParamKey(key), key);
  }
});

test('module and node names are keys without /', () => {
  for (const name of ['testmodule-1.0', 'localhost.localdomain', 'web_1']) assert.ok(isEntityName(name), name);
  for (const name of ['a/b', '..', '.', 'x..y', '', '/etc', 'we$b']) assert.ok(!isEntityName(name), name);
});

test('a bad name is an InputError naming the file and line', () => {
  assert.throws(
    () => checkEntityName('module', '../base', 'modules/m/requires', 4),
    (error: unknown) =>
      error instanceof InputError &&
      error.culprit === 'modules/m/requires' &&
      error.line === 4 &&
      error.message.startsWith("modules/m/requires:4: bad module name '../base'"),
  );
  assert.throws(() => checkParamKey('/etc/passwd', 'tree'), /tree: bad parameter name '\/etc\/passwd'/);
});
