import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { DanceReport } from '../../../src/model/dance-report';
import { readReport } from '../../../src/report/read-report';
import { compareReports, computeDelta, DEFAULT_DELTA_THRESHOLDS, isUnchanged } from '../../../src/reporters/delta';
import { toDeltaText } from '../../../src/reporters/delta-text';

const fixture = (name: string): DanceReport => readReport(join('test/fixtures/reports', name));
const base = fixture('seed-localhost.base.json');
const head = fixture('seed-localhost.json');

describe('compareReports on the seed example (base → head)', () => {
  const delta = compareReports(base, head);

  it('finds file effects added, removed and altered, with what differs', () => {
    assert.deepEqual(delta.files, [
      {
        path: '/etc/othermodule/stuff.cfg',
        delta: 'altered',
        base: { module: 'othermodule-3.2', action: 'created', type: 'file' },
        head: { module: 'othermodule-3.2', action: 'created', type: 'file' },
        differences: ['mode 0600 → 0644', 'content'],
      },
      { path: '/etc/othermodule/legacy.cfg', delta: 'removed', base: { module: 'othermodule-3.2', action: 'created', type: 'file' }, differences: [] },
    ]);
  });

  it('finds the new blocked command and the new step', () => {
    assert.deepEqual(delta.blocked, [
      { delta: 'added', module: 'testmodule-1.0', command: 'service postgresql stop', source: 'modules/testmodule-1.0/scripts/10-service_stop.sh', line: 3 },
    ]);
    assert.deepEqual(delta.steps, [
      { delta: 'added', module: 'testmodule-1.0', kind: 'script', name: '10-service_stop.sh', source: 'modules/testmodule-1.0/scripts/10-service_stop.sh', head: { outcome: 'passed', exitCode: 0 } },
    ]);
  });

  it('reports time and memory growth beyond the thresholds only', () => {
    // 00-hello.sh: 0.10 → 0.27 s and 2048 → 4672 KiB; diff: 0.80 → 0.82 s (noise); template 0.55 → 0.56 (noise).
    assert.deepEqual(
      delta.metrics.map((m) => [m.module, m.name, m.metric, m.base, m.head]),
      [
        ['testmodule-1.0', '00-hello.sh', 'time_real', 0.1, 0.27],
        ['testmodule-1.0', '00-hello.sh', 'mem_max', 2048, 4672],
      ],
    );
    assert.ok(Math.abs(delta.metrics[0]!.growth! - 1.7) < 1e-9);
  });

  it('needs both the ratio and the absolute minimum to call it growth', () => {
    const strict = compareReports(base, head, { ...DEFAULT_DELTA_THRESHOLDS, timeMinSeconds: 0.2, memMinKiB: 4096 });
    assert.deepEqual(strict.metrics, []);
    const loose = compareReports(base, head, { timeRatio: 0.01, timeMinSeconds: 0.01, memRatio: 0, memMinKiB: 0 });
    assert.deepEqual(loose.metrics.filter((m) => m.metric === 'time_real').map((m) => m.name), ['diff', '00-hello.sh', '/etc/othermodule/stuff.cfg']);
  });

  it('is plain data for gates (JSON round trip)', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(delta)), delta);
  });
});

describe('compareReports edge cases', () => {
  it('sees nothing between a report and itself', () => {
    const same = compareReports(head, head);
    assert.ok(isUnchanged(same));
    assert.equal(toDeltaText({ thresholds: DEFAULT_DELTA_THRESHOLDS, nodes: [same] }), 'info: localhost.localdomain (noop): no differences\n');
  });

  it('reports a step outcome that changed, and the status with it', () => {
    const failing = structuredClone(head);
    failing.modules[0]!.steps[0]!.exitCode = 2;
    failing.status = 'failed';
    const delta = compareReports(head, failing);
    assert.equal(delta.headStatus, 'failed');
    assert.deepEqual(delta.steps.map((s) => [s.delta, s.name, s.base?.exitCode, s.head?.exitCode]), [['altered', '00-hello.sh', 0, 2]]);
    assert.match(toDeltaText({ thresholds: DEFAULT_DELTA_THRESHOLDS, nodes: [delta] }), /^warning: localhost\.localdomain \(noop\): status passed → failed\nwarning: .*step outcome altered: testmodule-1\.0 script 00-hello\.sh: passed \(exit 0\) → failed \(exit 2\)\n$/);
  });

  it('calls a blocked command that moved lines "altered", keeping both lines', () => {
    const moved = structuredClone(head);
    moved.modules[0]!.blocked[0]!.line = 5;
    assert.deepEqual(compareReports(head, moved).blocked.map((b) => [b.delta, b.line, b.baseLine]), [['altered', 5, 3]]);
  });

  it('sees a binary change, a deletion and a symlink retarget as altered file effects', () => {
    const a = fixture('symlink.json');
    const b = structuredClone(a);
    b.modules[0]!.changes[1]!.after!.target = 'python3.12';
    assert.deepEqual(compareReports(a, b).files.map((f) => [f.path, f.differences]), [['/usr/bin/python', ['target python3.11 → python3.12']]]);
    const c = fixture('deleted-file.json');
    const d = structuredClone(c);
    d.modules[0]!.changes[0]!.action = 'modified';
    d.modules[0]!.changes[0]!.after = { ...d.modules[0]!.changes[0]!.before!, md5: 'ffffffffffffffffffffffffffffffff' };
    // Against a deletion there is no content to compare: the action says it all.
    assert.deepEqual(compareReports(c, d).files[0]!.differences, ['action deleted → modified']);
    const e = structuredClone(d);
    e.modules[0]!.changes[0]!.after!.md5 = 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee';
    assert.deepEqual(compareReports(d, e).files[0]!.differences, ['content']);
  });

  it('pairs reports by node and mode, listing nodes on one side only', () => {
    const other = { ...fixture('symlink.json') };
    const delta = computeDelta([base, other], [head, fixture('failed-step.json')]);
    assert.deepEqual(delta.nodes.map((n) => [n.node, n.presence]), [
      ['localhost.localdomain', 'altered'],
      ['web1', 'added'],
      ['app1', 'removed'],
    ]);
    const text = toDeltaText(delta);
    assert.match(text, /^info: web1 \(noop\): only in head \(failed\): 5 steps, 2 file effects, 1 blocked command$/m);
    assert.match(text, /^info: app1 \(noop\): only in base \(passed\): 2 steps, 2 file effects, 0 blocked commands$/m);
  });
});

describe('toDeltaText', () => {
  it('prints one seed-shaped line per difference, regressions as warnings', () => {
    assert.equal(
      toDeltaText(computeDelta([base], [head])),
      [
        'info: localhost.localdomain (noop): new step: testmodule-1.0 script 10-service_stop.sh: passed (exit 0)',
        'info: localhost.localdomain (noop): effect altered: /etc/othermodule/stuff.cfg: mode 0600 → 0644; content',
        'info: localhost.localdomain (noop): effect gone: created file /etc/othermodule/legacy.cfg (othermodule-3.2)',
        'warning: localhost.localdomain (noop): new blocked command: service postgresql stop at modules/testmodule-1.0/scripts/10-service_stop.sh:3 (testmodule-1.0)',
        'warning: localhost.localdomain (noop): slower: testmodule-1.0 script 00-hello.sh: time_real 0.10 s → 0.27 s (+170%)',
        'warning: localhost.localdomain (noop): more memory: testmodule-1.0 script 00-hello.sh: mem_max 2048 KiB → 4672 KiB (+128%)',
        '',
      ].join('\n'),
    );
  });

  it('keeps hostile paths and commands on their own line', () => {
    const hostile = fixture('hostile-output.json');
    const text = toDeltaText(computeDelta([fixture('symlink.json')], [hostile]));
    const empty = structuredClone(hostile);
    for (const m of empty.modules) {
      m.changes = [];
      m.blocked = [];
    }
    const lines = toDeltaText(computeDelta([empty], [hostile])).trimEnd().split('\n');
    assert.ok(lines.every((l) => /^(info|warning): hostile-node \(noop\): /.test(l)), lines.join('\n'));
    assert.ok(lines.some((l) => l.includes('/etc/evil\\x0a::error::path.conf')));
    assert.ok(text.length > 0);
  });
});
