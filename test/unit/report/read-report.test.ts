import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { InputError } from '../../../src/model/errors';
import { parseReport, readReport } from '../../../src/report/read-report';

const FIXTURES = 'test/fixtures/reports';
const seedText = readFileSync(join(FIXTURES, 'seed-localhost.json'), 'utf8');
const seed = (): Record<string, any> => JSON.parse(seedText);

/** Asserts the one-line InputError shape and returns the part after the file name. */
function rejection(text: string, file = 'r.json', shownFile = file): string {
  try {
    parseReport(text, file);
  } catch (error) {
    assert.ok(error instanceof InputError, `expected InputError, got ${String(error)}`);
    assert.ok(!/[\r\n]/.test(error.message), `message is one line: ${JSON.stringify(error.message)}`);
    const prefix = `Invalid DanceReport at ${shownFile}: `;
    assert.ok(error.message.startsWith(prefix), error.message);
    return error.message.slice(prefix.length);
  }
  assert.fail('expected an InputError');
}

const mutate = (change: (r: Record<string, any>) => void): string => {
  const report = seed();
  change(report);
  return JSON.stringify(report);
};

describe('readReport', () => {
  it('reads every fixture', () => {
    for (const name of readdirSync(FIXTURES).filter((f) => f.endsWith('.json'))) {
      const report = readReport(join(FIXTURES, name));
      assert.equal(report.schema, 'disco.dance/v1', name);
    }
  });

  it('keeps the seed example as written', () => {
    const report = readReport(join(FIXTURES, 'seed-localhost.json'));
    assert.equal(report.node, 'localhost.localdomain');
    assert.deepEqual(report.modules[0]!.blocked, [
      { command: 'service postgresql stop', source: 'modules/testmodule-1.0/scripts/10-service_stop.sh', line: 3 },
    ]);
  });

  it('fills metric counters an engine left out with 0, and keeps extra fields', () => {
    const report = parseReport(
      mutate((r) => {
        r.modules[0].steps[0].metrics = { time_real: 0.5, cpu_pressure: 3 };
        r.futureField = { anything: true };
      }),
      'r.json',
    );
    const metrics = report.modules[0]!.steps[0]!.metrics;
    assert.equal(metrics.time_real, 0.5);
    assert.equal(metrics.mem_max, 0);
    assert.equal(metrics.cpu_pressure, 3);
    assert.deepEqual((report as unknown as Record<string, unknown>).futureField, { anything: true });
  });

  it('names a file that does not exist, or is a directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'disco-read-'));
    assert.throws(() => readReport(join(dir, 'missing.json')), { message: `Invalid DanceReport at ${join(dir, 'missing.json')}: no such file` });
    assert.throws(() => readReport(dir), { message: `Invalid DanceReport at ${dir}: is a directory` });
  });

  it('reads from disk with the same checks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'disco-read-'));
    const file = join(dir, 'cut.json');
    writeFileSync(file, seedText.slice(0, 300));
    assert.throws(() => readReport(file), { message: `Invalid DanceReport at ${file}: truncated JSON (the document ends early)` });
  });
});

describe('parseReport rejects', () => {
  const cases: [string, string, RegExp][] = [
    ['an empty file', '  \n', /^empty file$/],
    ['text that is not JSON', 'hello world', /^not JSON/],
    ['JSON with a syntax error inside', '{"schema": "disco.dance/v1",\n "node": x}', // Node 20 gives no position for an unexpected token; newer Node does, and we report it.
      /^not JSON( \(syntax error at line 2, column 10\))?$/],
    ['truncated JSON', seedText.slice(0, seedText.length / 2), /^truncated JSON/],
    ['truncated JSON (cut after a comma)', '{"schema": "disco.dance/v1",', /^truncated JSON/],
    ['an array', '[]', /^the document must be an object/],
    ['a missing schema', mutate((r) => delete r.schema), /^missing field "schema"$/],
    ['an unknown schema', mutate((r) => (r.schema = 'disco.dance/v2')), /^unknown schema "disco\.dance\/v2" \(expected "disco\.dance\/v1"\)$/],
    ['a missing node', mutate((r) => delete r.node), /^missing field "node"$/],
    ['an empty node', mutate((r) => (r.node = '')), /^node must not be empty$/],
    ['an unknown mode', mutate((r) => (r.mode = 'dry-run')), /^mode must be one of noop, apply \(got "dry-run"\)$/],
    ['missing modules', mutate((r) => delete r.modules), /^missing field "modules"$/],
    ['missing errors', mutate((r) => delete r.errors), /^missing field "errors"$/],
    ['a module without steps', mutate((r) => delete r.modules[1].steps), /^missing field "modules\[1\]\.steps"$/],
    ['a string exit code', mutate((r) => (r.modules[0].steps[1].exitCode = '0')), /^modules\[0\]\.steps\[1\]\.exitCode must be an integer \(got "0"\)$/],
    ['a step without metrics', mutate((r) => delete r.modules[0].steps[0].metrics), /^missing field "modules\[0\]\.steps\[0\]\.metrics"$/],
    ['a negative metric', mutate((r) => (r.modules[0].steps[0].metrics.time_real = -1)), /time_real must be a non-negative number/],
    ['an unknown step kind', mutate((r) => (r.modules[0].steps[0].kind = 'exec')), /^modules\[0\]\.steps\[0\]\.kind must be one of/],
    ['an unknown change action', mutate((r) => (r.modules[1].changes[0].action = 'touched')), /changes\[0\]\.action must be one of created, modified, deleted/],
    ['a blocked command without line', mutate((r) => delete r.modules[0].blocked[0].line), /^missing field "modules\[0\]\.blocked\[0\]\.line"$/],
    ['a bad internal step', mutate((r) => (r.internal[0].output = 7)), /^internal\[0\]\.output must be a string \(got 7\)$/],
  ];
  for (const [what, text, expected] of cases) {
    it(what, () => assert.match(rejection(text), expected));
  }

  it('keeps file names and field names with control characters on one line', () => {
    const what = rejection(mutate((r) => (r.modules[0].steps[0].metrics['bad\nname'] = 'x')), 'dir/evil\nname.json', 'dir/evil\\x0aname.json');
    assert.match(what, /bad\\x0aname/);
  });

  it('never echoes document content in a JSON syntax error', () => {
    const what = rejection('{"secret": "hunter2" oops}');
    assert.ok(!what.includes('hunter2'), what);
  });
});
