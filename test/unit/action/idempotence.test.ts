/** Idempotence findings name the node, the path, the module and the module file that changed it. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { idempotenceFindings } from '../../../src/action/idempotence';
import { DANCE_REPORT_SCHEMA, type DanceReport } from '../../../src/model/dance-report';
import { zeroMetrics } from '../../../src/engine/metrics';

describe('idempotenceFindings', () => {
  it('names the file and module of every change of the second dance', () => {
    const verify: DanceReport = {
      schema: DANCE_REPORT_SCHEMA, node: 'web1', mode: 'noop', status: 'passed', order: ['web'], errors: [],
      modules: [{
        name: 'web', status: 'passed', blocked: [],
        steps: [
          { kind: 'template', name: '/etc/web.conf', source: 'modules/web/templates/etc/web.conf', exitCode: 0, output: '', metrics: zeroMetrics() },
          { kind: 'script', name: '10-log.sh', source: 'modules/web/scripts/10-log.sh', exitCode: 0, output: '', metrics: zeroMetrics() },
        ],
        changes: [
          { path: '/etc/web.conf', action: 'modified', type: 'file' },
          { path: '/var/log/web.log', action: 'modified', type: 'file' },
        ],
      }],
    };
    assert.deepEqual(idempotenceFindings([verify]), [
      'web1: not idempotent: /etc/web.conf would be modified again by module web (modules/web/templates/etc/web.conf)',
      'web1: not idempotent: /var/log/web.log would be modified again by module web (modules/web/scripts/10-log.sh)',
    ]);
  });

  it('finds nothing in a dance that changes nothing', () => {
    assert.deepEqual(idempotenceFindings([]), []);
  });
});
