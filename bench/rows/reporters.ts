/**
 * The reporters on a fleet's worth of reports: 200 nodes × 50 modules (10k steps, 100k changes
 * with diffs) from test/helpers/big-report.ts, rendered in this process as JUnit XML, annotations
 * and the job summary, one after the other. Generating the reports is not timed.
 */
import { makeBigReports } from '../../test/helpers/big-report';
import { toAnnotationLines } from '../../src/reporters/annotations';
import { toJUnit } from '../../src/reporters/junit';
import { toSummary } from '../../src/reporters/summary';
import type { Row } from '../lib/row';
import { msSince, stats } from '../lib/stats';

export function reportersRow(runs: number): Row {
  const reports = makeBigReports();
  const samples: number[] = [];
  const parts: Record<string, number[]> = { junit: [], annotations: [], summary: [] };
  let sizes = {};
  for (let i = 0; i < runs; i++) {
    let start = process.hrtime.bigint();
    const junit = toJUnit(reports);
    parts.junit.push(msSince(start));
    start = process.hrtime.bigint();
    const annotations = toAnnotationLines(reports);
    parts.annotations.push(msSince(start));
    start = process.hrtime.bigint();
    const summary = toSummary(reports);
    parts.summary.push(msSince(start));
    samples.push(parts.junit[i] + parts.annotations[i] + parts.summary[i]);
    sizes = { junitChars: junit.length, annotationLines: annotations.split('\n').length, summaryChars: summary.length };
  }
  return {
    id: 'reporters',
    figure: 'reporters, 10k steps / 100k changes',
    unit: 'ms',
    stats: stats(samples),
    goal: { on: 'median', max: 2000, text: '≤ 2 s' },
    details: Object.fromEntries([...Object.entries(parts).map(([k, v]) => [`${k}MedianMs`, stats(v).median]), ...Object.entries(sizes)]),
  };
}
