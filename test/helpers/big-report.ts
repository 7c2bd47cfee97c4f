/**
 * A large, deterministic fleet of DanceReports for the reporters' benchmark: by default 200 nodes ×
 * 50 modules (10k steps, 100k changes with diffs, a few failures and blocked commands).
 *
 *   import { makeBigReports } from '../helpers/big-report';
 *   node --import tsx test/helpers/big-report.ts OUT_DIR   # writes OUT_DIR/<node>.json
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DANCE_REPORT_SCHEMA, type Change, type DanceReport, type ModuleResult, type Step } from '../../src/model/dance-report';

export interface BigReportShape {
  nodes: number;
  modulesPerNode: number;
  /** Steps per module (a template first in every other module, then scripts). */
  stepsPerModule: number;
  changesPerModule: number;
  /** Lines in each change's diff. */
  diffLines: number;
  /** Every n-th module (counted over the fleet) has a failing step; 0 for none. */
  failEvery: number;
  /** Every n-th module runs a blocked command; 0 for none. */
  blockEvery: number;
}

export const BIG_REPORT_SHAPE: BigReportShape = {
  nodes: 200,
  modulesPerNode: 50,
  stepsPerModule: 1,
  changesPerModule: 10,
  diffLines: 6,
  failEvery: 397,
  blockEvery: 10,
};

// Small LCG so runs are comparable without storing the fixture.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function makeBigReports(shape: Partial<BigReportShape> = {}): DanceReport[] {
  const s = { ...BIG_REPORT_SHAPE, ...shape };
  const next = random(42);
  const reports: DanceReport[] = [];
  let moduleCount = 0;
  for (let n = 0; n < s.nodes; n++) {
    const node = `node${String(n).padStart(4, '0')}.example.net`;
    const modules: ModuleResult[] = [];
    for (let m = 0; m < s.modulesPerNode; m++) {
      moduleCount++;
      const name = `module${String(m).padStart(3, '0')}-1.${m % 7}`;
      const failing = s.failEvery > 0 && moduleCount % s.failEvery === 0;
      const steps = Array.from({ length: s.stepsPerModule }, (_, i) => makeStep(name, m, i, failing && i === s.stepsPerModule - 1, next));
      const changes = Array.from({ length: s.changesPerModule }, (_, c) => makeChange(node, name, c, s.diffLines));
      const source = steps[steps.length - 1]?.source ?? `modules/${name}/scripts/10-run.sh`;
      const blocked = s.blockEvery > 0 && moduleCount % s.blockEvery === 0 ? [{ command: `systemctl restart ${name}`, source, line: 3 }] : [];
      modules.push({ name, status: failing ? 'failed' : 'passed', steps, changes, blocked });
    }
    reports.push({
      schema: DANCE_REPORT_SCHEMA,
      node,
      mode: 'noop',
      status: modules.some((m) => m.status === 'failed') ? 'failed' : 'passed',
      order: modules.map((m) => m.name),
      modules,
      errors: [],
      internal: [makeInternal('plan', next), makeInternal('diff', next)],
      startedAt: '2024-01-01T00:00:00Z',
    });
  }
  return reports;
}

function metrics(next: () => number): Step['metrics'] {
  return {
    time_real: Math.round(next() * 500) / 1000,
    time_user: Math.round(next() * 100) / 1000,
    time_sys: Math.round(next() * 100) / 1000,
    mem_max: 2000 + Math.round(next() * 8000),
    mem_faults_major: Math.round(next() * 10),
    mem_faults_minor: Math.round(next() * 5000),
    io_fsin: Math.round(next() * 1000),
    io_fsout: Math.round(next() * 100),
    io_signals: 0,
  };
}

// Half the modules start with a template, the rest are scripts only.
function makeStep(module: string, moduleIndex: number, index: number, failing: boolean, next: () => number): Step {
  const template = index === 0 && moduleIndex % 2 === 0;
  const name = template ? `/etc/${module}/main.conf` : `${String(index * 10).padStart(2, '0')}-run.sh`;
  return {
    kind: template ? 'template' : 'script',
    name,
    source: template ? `modules/${module}/templates${name}` : `modules/${module}/scripts/${name}`,
    exitCode: failing ? 1 : 0,
    output: failing ? `error: ${module} could not reach its upstream\n` : `configured ${module}\n`,
    metrics: metrics(next),
  };
}

function makeChange(node: string, module: string, index: number, diffLines: number): Change {
  const path = `/etc/${module}/conf.d/${String(index).padStart(2, '0')}.conf`;
  const lines = Array.from({ length: diffLines }, (_, i) => `+key${i} = ${node}-${module}-${index}-${i}`);
  return {
    path,
    action: index % 5 === 4 ? 'modified' : 'created',
    type: 'file',
    after: { mode: '0644', uid: 0, gid: 0, owner: 'root', group: 'root', size: 40 * diffLines, md5: '0123456789abcdef0123456789abcdef' },
    diff: `--- /dev/null\n+++ ${path}\n@@ -0,0 +1,${diffLines} @@\n${lines.join('\n')}\n`,
  };
}

const makeInternal = (name: string, next: () => number): Step => ({ kind: 'internal', name, exitCode: 0, output: '', metrics: metrics(next) });

/** Writes each report as `<dir>/<node>.json`; returns the paths. */
export function writeBigReports(dir: string, shape: Partial<BigReportShape> = {}): string[] {
  mkdirSync(dir, { recursive: true });
  return makeBigReports(shape).map((report) => {
    const file = join(dir, `${report.node}.json`);
    writeFileSync(file, JSON.stringify(report));
    return file;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: node --import tsx test/helpers/big-report.ts OUT_DIR\n');
    process.exit(2);
  }
  process.stdout.write(`wrote ${writeBigReports(dir).length} reports to ${dir}\n`);
}
