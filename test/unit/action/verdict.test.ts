/** fail-on: failures and gates always fail; changes and blocked commands when asked; never passes. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decide } from '../../../src/action/verdict';
import { DANCE_REPORT_SCHEMA, type DanceReport } from '../../../src/model/dance-report';

function report(node: string, options: { failed?: boolean; changes?: number; blocked?: number } = {}): DanceReport {
  return {
    schema: DANCE_REPORT_SCHEMA, node, mode: 'noop', status: options.failed ? 'failed' : 'passed', order: ['m'], errors: [],
    modules: [{
      name: 'm', status: options.failed ? 'failed' : 'passed', steps: [],
      changes: Array.from({ length: options.changes ?? 0 }, (_, i) => ({ path: `/etc/${i}`, action: 'created' as const, type: 'file' as const })),
      blocked: Array.from({ length: options.blocked ?? 0 }, () => ({ command: 'service x restart', source: 'modules/m/scripts/1.sh', line: 1 })),
    }],
  };
}

describe('decide', () => {
  const reports = [report('web1', { changes: 2 }), report('db1', { blocked: 1 }), report('quiet1')];

  it('passes a clean run whatever fail-on says', () => {
    for (const failOn of ['failure', 'changes', 'blocked', 'never'] as const) {
      assert.deepEqual(decide({ failOn, reports: [report('a')], observed: [report('a')], gates: [] }), { failed: false, reasons: [] });
    }
  });

  it('fails on changes or blocked commands only when asked', () => {
    assert.equal(decide({ failOn: 'failure', reports, observed: reports, gates: [] }).failed, false);
    assert.deepEqual(decide({ failOn: 'changes', reports, observed: reports, gates: [] }), { failed: true, reasons: ['2 changes on 1 node (fail-on: changes): web1'] });
    assert.deepEqual(decide({ failOn: 'blocked', reports, observed: reports, gates: [] }), { failed: true, reasons: ['1 blocked command on 1 node (fail-on: blocked): db1'] });
  });

  it('counts changes of observing reports only (an apply is meant to change)', () => {
    assert.equal(decide({ failOn: 'changes', reports, observed: [report('quiet1')], gates: [] }).failed, false);
  });

  it('always fails failed dances and gates, unless never', () => {
    const failing = [report('web1', { failed: true }), report('db1')];
    assert.deepEqual(decide({ failOn: 'failure', reports: failing, observed: failing, gates: ['budget: x'] }), { failed: true, reasons: ['1 node failed: web1', 'budget: x'] });
    assert.equal(decide({ failOn: 'never', reports: failing, observed: failing, gates: ['budget: x'] }).failed, false);
  });
});
