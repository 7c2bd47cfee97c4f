import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readReport } from '../../../src/report/read-report';
import { toReportLines } from '../../../src/reporters/report-lines';

const fixture = (name: string) => readReport(join('test/fixtures/reports', name));

describe('toReportLines', () => {
  it('prints the seed’s `disco report` shape for the seed example', () => {
    assert.equal(
      toReportLines(fixture('seed-localhost.json')),
      `report: _internal: plan
report: time_real 0.04 : time_user 0.02 : time_sys 0.01
report: mem_avg 0 : mem_max 11136 : mem_faults_major 0 : mem_faults_minor 1728
report: io_fsin 0 : io_fsout 0 : io_sockin 0 : io_sockout 0 : io_signals 0
report: exit: 0
report: _internal: diff
report: time_real 0.82 : time_user 0.14 : time_sys 0.66
report: mem_avg 0 : mem_max 5184 : mem_faults_major 0 : mem_faults_minor 18218
report: io_fsin 0 : io_fsout 8 : io_sockin 0 : io_sockout 0 : io_signals 0
report: exit: 0
report: testmodule-1.0: exec
report: 00-hello.sh :
report: time_real 0.27 : time_user 0.03 : time_sys 0.18
report: mem_avg 0 : mem_max 4672 : mem_faults_major 32 : mem_faults_minor 3783
report: io_fsin 6640 : io_fsout 8 : io_sockin 0 : io_sockout 0 : io_signals 0
report: exit: 0
report: 10-service_stop.sh :
report: time_real 0.58 : time_user 0.03 : time_sys 0.41
report: mem_avg 0 : mem_max 4960 : mem_faults_major 122 : mem_faults_minor 5462
report: io_fsin 25656 : io_fsout 8 : io_sockin 0 : io_sockout 0 : io_signals 0
report: exit: 0
report: othermodule-3.2: template
report: etc/othermodule/stuff.cfg :
report: time_real 0.56 : time_user 0.04 : time_sys 0.37
report: mem_avg 0 : mem_max 4592 : mem_faults_major 122 : mem_faults_minor 4885
report: io_fsin 25536 : io_fsout 16 : io_sockin 0 : io_sockout 0 : io_signals 0
report: exit: 0
`,
    );
  });

  it('starts a new phase header when the step kind changes, and reports failures with their reason', () => {
    const lines = toReportLines(fixture('failed-step.json')).split('\n');
    assert.deepEqual(lines.filter((l) => /^report: [^ ]+: |^report: .* :$|exit|reason/.test(l)), [
      'report: _internal: plan',
      'report: exit: 0',
      'report: base: files',
      'report: etc/motd :',
      'report: exit: 0',
      'report: web: template',
      'report: etc/nginx/nginx.conf :',
      'report: exit: 124',
      'report: reason: timeout after 60 s',
      'report: web: exec',
      'report: 20-reload.sh :',
      'report: exit: 3',
      'report: 30-after.sh :',
      'report: exit: 0',
    ]);
  });

  it('keeps every line a report: line, whatever the names hold', () => {
    const lines = toReportLines(fixture('hostile-output.json')).trimEnd().split('\n');
    assert.ok(lines.every((l) => l.startsWith('report: ')));
    assert.ok(lines.includes('report: evil|mod`x`: exec'));
  });
});
