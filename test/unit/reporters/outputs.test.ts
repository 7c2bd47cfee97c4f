/**
 * Rendered outputs of the fixtures, committed under test/__outputs__/ so a reviewer can read them
 * and a change shows up as a diff. UPDATE_OUTPUTS=1 rewrites them.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readReport } from '../../../src/report/read-report';
import { toAnnotationLines } from '../../../src/reporters/annotations';
import { computeDelta } from '../../../src/reporters/delta';
import { toDeltaText } from '../../../src/reporters/delta-text';
import { toJUnit } from '../../../src/reporters/junit';
import { toReportLines } from '../../../src/reporters/report-lines';
import { toSummary } from '../../../src/reporters/summary';

const OUTPUTS = 'test/__outputs__';
const fixture = (name: string) => readReport(join('test/fixtures/reports', name));
const head = ['seed-localhost.json', 'failed-step.json', 'hostile-output.json'].map(fixture);
const base = [fixture('seed-localhost.base.json')];

const outputs: Record<string, () => string> = {
  'junit.xml': () => toJUnit(head),
  'summary.md': () => toSummary(head, { base, repoUrl: 'https://github.com/acme/infra', sha: '0123456789abcdef' }),
  'annotations.txt': () => toAnnotationLines(head, { changedFiles: ['modules/web/scripts/20-reload.sh'] }),
  'delta.txt': () => toDeltaText(computeDelta(base, [head[0]!])),
  'report.txt': () => toReportLines(head[0]!),
};

describe('rendered outputs (test/__outputs__)', () => {
  for (const [name, render] of Object.entries(outputs)) {
    it(name, () => {
      const file = join(OUTPUTS, name);
      const text = render();
      if (process.env.UPDATE_OUTPUTS === '1' || !existsSync(file)) {
        mkdirSync(OUTPUTS, { recursive: true });
        writeFileSync(file, text);
      }
      assert.equal(text, readFileSync(file, 'utf8'), `${file} is stale: UPDATE_OUTPUTS=1 to rewrite it, then review the diff`);
    });
  }
});
