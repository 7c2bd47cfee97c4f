/** One fixture repository per kind of bad input: each is an InputError naming the file (and line). */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { InputError } from '../../../src/model/errors';
import { makeAllPlans } from '../../../src/plan/make-plan';
import { readRepo } from '../../../src/plan/read-repo';

const fixture = (name: string): string => join(import.meta.dirname, '../../fixtures/repos', name);

/** Fixture → [culprit, line, message pattern]. */
const cases: Record<string, [string, number | undefined, RegExp]> = {
  'bad-requires-line': ['modules/m/requires', 3, /expected 'after MODULE' or 'before MODULE', got 'needs base'/],
  'bad-cycle': ['modules/gamma/requires', 2, /cycle in requires: alpha → gamma → beta → alpha/],
  'bad-missing-module-node': ['parameters/n1/modules/ghost', undefined, /module 'ghost' not found/],
  'bad-missing-module-requires': ['modules/m/requires', 2, /module 'ghost' not found/],
  'bad-param-name': ['parameters/n1/parameters/bad name', undefined, /bad parameter name 'bad name'/],
  'bad-dotdot-param': ['parameters/n1/parameters/ok/a..b', undefined, /bad parameter name 'ok\/a\.\.b'/],
  'bad-dotdot-requires': ['modules/m/requires', 1, /bad module name '\.\.\/base'/],
  'bad-absolute-requires': ['modules/m/requires', 1, /bad module name '\/etc\/base'/],
  'bad-symlink-outside': ['parameters/n1/parameters/secret', undefined, /symlink leads outside the repository \(-> \/etc\/passwd\)/],
  'bad-module-name': ['parameters/n1/modules/we$b', undefined, /bad module name 'we\$b'/],
};

for (const [name, [culprit, line, pattern]] of Object.entries(cases)) {
  test(`${name}: one InputError naming ${culprit}${line ? `:${line}` : ''}`, () => {
    assert.throws(
      () => makeAllPlans(readRepo(fixture(name))),
      (error: unknown) => {
        assert.ok(error instanceof InputError, String(error));
        assert.equal(error.culprit, culprit);
        assert.equal(error.line, line);
        assert.match(error.message, pattern);
        assert.ok(error.message.startsWith(`${culprit}${line ? `:${line}` : ''}: `), error.message);
        assert.ok(!error.message.includes('\n'), 'one line');
        return true;
      },
    );
  });
}

test('the cycle error names every module on the cycle and none off it', () => {
  assert.throws(() => makeAllPlans(readRepo(fixture('bad-cycle'))), (error: unknown) => {
    const message = (error as Error).message;
    return ['alpha', 'beta', 'gamma'].every((m) => message.includes(m)) && !message.includes('other');
  });
});
