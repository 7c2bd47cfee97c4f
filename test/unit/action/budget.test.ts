/** The budget: parsing every form, one clear line for what does not parse, and checking nodes. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkBudget, needsBase, nodeTotal, parseBudget } from '../../../src/action/budget';
import { DANCE_REPORT_SCHEMA, type DanceReport, type Metrics } from '../../../src/model/dance-report';

const metrics = (time: number, mem: number): Metrics => ({
  time_real: time, time_user: 0, time_sys: 0, mem_max: mem, mem_faults_major: 0, mem_faults_minor: 0, io_fsin: 0, io_fsout: 0, io_signals: 0,
});

const report = (node: string, steps: Array<[number, number]>): DanceReport => ({
  schema: DANCE_REPORT_SCHEMA, node, mode: 'apply', status: 'passed', order: ['m'], errors: [],
  modules: [{ name: 'm', status: 'passed', changes: [], blocked: [], steps: steps.map(([t, m], i) => ({ kind: 'script', name: `${i}.sh`, exitCode: 0, output: '', metrics: metrics(t, m) })) }],
});

describe('parseBudget', () => {
  it('reads relative, growth and ceiling rules with units', () => {
    const rules = parseBudget('time_real: +20%\ntime_user: +2s, mem_max: 200MB; io_fsout: 5000\n# a comment\n  time_sys: 1.5m  ');
    assert.deepEqual(rules.map((r) => [r.metric, r.kind, r.limit]), [
      ['time_real', 'ratio', 0.2], ['time_user', 'growth', 2], ['mem_max', 'ceiling', 204800], ['io_fsout', 'ceiling', 5000], ['time_sys', 'ceiling', 90],
    ]);
    assert.deepEqual(parseBudget(''), []);
    assert.equal(parseBudget('mem_max: 512KiB')[0]!.limit, 512);
    assert.equal(parseBudget('time_real: 250ms')[0]!.limit, 0.25);
    assert.equal(parseBudget('mem_max: 1G')[0]!.limit, 1024 * 1024);
  });

  it('says what is wrong, quoting the rule', () => {
    assert.throws(() => parseBudget('time_real 20%'), /^InputError: budget: cannot read 'time_real 20%': expected "<metric>: \+N%", "<metric>: \+N<unit>" or "<metric>: N<unit>"$/);
    assert.throws(() => parseBudget('cpu: +20%'), /unknown metric 'cpu' \(known: time_real, time_user, time_sys, mem_max,/);
    assert.throws(() => parseBudget('time_real: 20%'), /a percentage is growth over the base: write '\+20%'/);
    assert.throws(() => parseBudget('mem_max: 2 parsecs'), /cannot read 'mem_max: 2 parsecs'/);
    assert.throws(() => parseBudget('mem_max: 2TB'), /unknown unit 'TB' for mem_max \(use b, k, kb, kib, m, mb, mib, g, gb, gib or %\)/);
    assert.throws(() => parseBudget('io_fsin: 5k'), /unknown unit 'k' for io_fsin \(a plain number or %\)/);
  });

  it('knows which rules need a base', () => {
    assert.equal(needsBase(parseBudget('mem_max: 1GB')), false);
    assert.equal(needsBase(parseBudget('mem_max: 1GB, time_real: +1s')), true);
  });
});

describe('checkBudget', () => {
  it('totals time and takes the peak of memory', () => {
    const r = report('web1', [[1, 100], [2, 300]]);
    assert.deepEqual([nodeTotal(r, 'time_real'), nodeTotal(r, 'mem_max')], [3, 300]);
  });

  it('finds breaches of each kind against the base of the same node', () => {
    const base = [report('web1', [[1, 100]]), report('db1', [[0, 100]])];
    const now = [report('web1', [[1.5, 300 * 1024]]), report('db1', [[1, 100]]), report('new1', [[1, 1]])];
    const check = checkBudget(parseBudget('time_real: +20%, time_real: +0.2s, mem_max: 200MB'), now, base);
    assert.deepEqual(check.breaches, [
      "web1 time_real 1.50 s is +50% over the base 1.00 s (budget 'time_real: +20%')",
      "web1 time_real 1.50 s is 0.50 s over the base 1.00 s (budget 'time_real: +0.2s')",
      "web1 mem_max 300.0 MiB is over 200.0 MiB (budget 'mem_max: 200MB')",
      "db1 time_real 1.00 s is 1.00 s over the base 0.00 s (budget 'time_real: +0.2s')",
    ]);
    assert.deepEqual(check.skipped, [
      'db1 time_real: the base is 0, a percentage cannot apply',
      'new1 time_real: no base report to compare with',
      'new1 time_real: no base report to compare with',
    ]);
  });

  it('passes what stays within', () => {
    const check = checkBudget(parseBudget('time_real: +20%'), [report('web1', [[1.1, 1]])], [report('web1', [[1, 1]])]);
    assert.deepEqual(check, { breaches: [], skipped: [] });
  });
});
