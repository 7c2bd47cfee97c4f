import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import junitBuilder from 'junit-report-builder';
import { readReport } from '../../../src/report/read-report';
import type { DanceReport } from '../../../src/model/dance-report';
import { toJUnit } from '../../../src/reporters/junit';
import { isStepFailed } from '../../../src/reporters/report-facts';
import { makeBigReports } from '../../helpers/big-report';
import { readWithJunit2json, readWithJunitxmlToJavascript } from '../../helpers/junit-consumers';

const FIXTURES = 'test/fixtures/reports';
const XSD = 'test/fixtures/junit/jenkins-junit-10-disco.xsd';
const ORIGINAL_XSD = '/work/shared/junit/jenkins-junit-10.xsd';
const fixture = (name: string): DanceReport => readReport(join(FIXTURES, name));
const allFixtures = (): DanceReport[] => readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort().map(fixture);

const scratch = mkdtempSync(join(tmpdir(), 'disco-junit-'));
let written = 0;
function writeXml(xml: string): string {
  const file = join(scratch, `${++written}.xml`);
  writeFileSync(file, xml);
  return file;
}

function xmllint(args: string[]): { ok: boolean; stderr: string } {
  const result = spawnSync('xmllint', ['--noout', ...args], { encoding: 'utf8' });
  return { ok: result.status === 0, stderr: result.stderr };
}

describe('toJUnit on the seed example', () => {
  const xml = toJUnit([fixture('seed-localhost.json')]);

  it('has one suite per report named "<node> (<mode>)" and one case per step', async () => {
    const read = await readWithJunit2json(xml);
    assert.deepEqual(read.suites.map((s) => s.name), ['localhost.localdomain (noop)']);
    assert.deepEqual(
      read.cases.map((c) => [c.classname, c.name, c.time, c.outcome]),
      [
        ['localhost.localdomain._internal', 'internal plan', 0.04, 'passed'],
        ['localhost.localdomain._internal', 'internal diff', 0.82, 'passed'],
        ['localhost.localdomain.testmodule-1.0', 'script 00-hello.sh', 0.27, 'passed'],
        ['localhost.localdomain.testmodule-1.0', 'script 10-service_stop.sh', 0.58, 'passed'],
        ['localhost.localdomain.othermodule-3.2', 'template /etc/othermodule/stuff.cfg', 0.56, 'passed'],
      ],
    );
    assert.equal(read.suites[0]!.time, 2.27);
  });

  it('puts the file attribute on cases and the seed facts in the right system-out', () => {
    assert.match(xml, /name="script 10-service_stop.sh" time="0.58" file="modules\/testmodule-1.0\/scripts\/10-service_stop.sh"/);
    const blockedCase = xml.slice(xml.indexOf('name="script 10-service_stop.sh"'), xml.indexOf('name="template '));
    assert.match(blockedCase, /Would execute: service postgresql stop at modules\/testmodule-1.0\/scripts\/10-service_stop.sh:3/);
    const templateCase = xml.slice(xml.indexOf('name="template '));
    assert.match(templateCase, /File: created file \/etc\/othermodule\/stuff.cfg \(0644 root:root 60 B\)/);
    assert.match(templateCase, /\+HOST=localhost.localdomain\n\+KEY_VALUE=LOLTHISKEYMEANSNOTHING/);
    assert.match(xml, /<system-out><!\[CDATA\[Hello, disco\]\]><\/system-out>/);
  });
});

describe('toJUnit on failures', () => {
  const xml = toJUnit([fixture('failed-step.json')]);

  it('reports a failed step as <failure> with its exit code and a bounded output tail', async () => {
    const read = await readWithJunit2json(xml);
    const failing = read.cases.filter((c) => c.outcome === 'failure').map((c) => c.name);
    assert.deepEqual(failing, ['template /etc/nginx/nginx.conf', 'script 20-reload.sh', 'module broken']);
    assert.match(xml, /<failure message="exit code 3" type="StepFailed"><!\[CDATA\[\[… 201 earlier lines not shown\]\nreload line 202:/);
    assert.match(xml, /error: upstream app1 unreachable\]\]><\/failure>/);
    assert.ok(!xml.includes('reload line 201:'), 'the tail is bounded');
    assert.match(xml, /<failure message="timeout after 60 s \(exit code 124\)"/);
  });

  it('turns report-level errors into <error> cases', async () => {
    const read = await readWithJunit2json(xml);
    const errors = read.cases.filter((c) => c.outcome === 'error');
    assert.deepEqual(errors.map((c) => c.name), [
      "error 1: module broken: modules/broken/requires:2: unknown statement 'afterr base'",
      'error 2: the sandbox lost 1 process at exit',
    ]);
    assert.deepEqual(read.suites.map((s) => [s.tests, s.failures, s.errors]), [[8, 3, 2]]);
    assert.match(xml, /name="error 1: [^"]*" time="0" file="modules\/broken\/requires"/);
  });

  it('marks a failed dance failed even when no step or error says why', async () => {
    const report = fixture('symlink.json');
    report.status = 'failed';
    const read = await readWithJunit2json(toJUnit([report]));
    assert.deepEqual(read.cases.filter((c) => c.outcome !== 'passed').map((c) => c.name), ['dance']);
    const interrupted = fixture('symlink.json');
    interrupted.interrupted = true;
    assert.match(toJUnit([interrupted]), /<testcase classname="app1" name="dance" time="0">\s*<failure message="the dance was interrupted"/);
  });
});

describe('toJUnit output is valid', () => {
  it('is well-formed and valid against the Jenkins schema (with the two allowed extras) for every fixture', () => {
    const file = writeXml(toJUnit(allFixtures()));
    assert.deepEqual(xmllint([file]), { ok: true, stderr: '' });
    const valid = xmllint(['--schema', XSD, file]);
    assert.ok(valid.ok, valid.stderr);
  });

  it('uses no extras beyond `file` on testcase and `skipped` on testsuites (the unmodified schema rejects only those)', () => {
    const file = writeXml(toJUnit(allFixtures()));
    const strict = xmllint(['--schema', ORIGINAL_XSD, file]);
    assert.equal(strict.ok, false);
    const complaints = strict.stderr.split('\n').filter((l) => l.includes('validity error'));
    assert.ok(complaints.length > 0);
    for (const line of complaints) {
      assert.match(line, /(Element 'testcase', attribute 'file'|Element 'testsuites', attribute 'skipped'): The attribute '(file|skipped)' is not allowed/, line);
    }
  });

  it('keeps hostile output intact: every "]]>" survives, control characters become visible', async () => {
    const xml = toJUnit([fixture('hostile-output.json')]);
    assert.ok(xmllint([writeXml(xml)]).ok);
    const read = await readWithJunit2json(xml);
    const template = read.systemOut.find((s) => s.startsWith(']]>]]>]]>'));
    assert.ok(template, 'the three "]]>" of the template output read back as written');
    assert.ok(template.includes('+]]> and ]]>'), 'both "]]>" of the diff read back');
    assert.ok(!/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u001b]/.test(xml), 'no raw control characters');
    assert.match(xml, /controls: \\x00 \\x07 \\x08 \\x0b \\x0c red \\x7f \\x85/);
  });

  it('needs the "]]>" cleaning: the library alone writes invalid XML for two of them (the known trap)', () => {
    const builder = junitBuilder.newBuilder();
    builder.testSuite().name('s').testCase().name('c').standardOutput('a ]]> b ]]> c');
    const result = xmllint([writeXml(builder.build())]);
    assert.equal(result.ok, false, 'if this passes, the library now escapes every "]]>": revisit cdataSafe');
  });

  it('stays well-formed for any text in outputs, names, paths and messages (property)', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.array(fc.constantFrom(']]>', ']]', '>', '<![CDATA[', '&', '<', '"', '\u0000', '\u001b[1m', '\ud800', '\udfff', '\ufffe', '\r', '\n', 'x'), { maxLength: 12 }).map((a) => a.join('')),
    );
    const reports = fc.sample(
      fc.record({ node: text, module: text, name: text, output: text, path: text, diff: text, error: text, exitCode: fc.integer({ min: 0, max: 3 }) }),
      { numRuns: 60, seed: 20240601 },
    ).map((v, i): DanceReport => ({
      schema: 'disco.dance/v1', node: v.node || `n${i}`, mode: 'noop', status: v.exitCode ? 'failed' : 'passed', order: [v.module],
      modules: [{
        name: v.module, status: v.exitCode ? 'failed' : 'passed',
        steps: [{ kind: 'script', name: v.name, source: `modules/${v.module}/scripts/${v.name}`, exitCode: v.exitCode, output: v.output,
          metrics: { time_real: 0.1, time_user: 0, time_sys: 0, mem_max: 1, mem_faults_major: 0, mem_faults_minor: 0, io_fsin: 0, io_fsout: 0, io_signals: 0 } }],
        changes: [{ path: `/${v.path}`, action: 'created', type: 'file', diff: v.diff }],
        blocked: [{ command: v.output || 'x', source: v.path, line: 1 }],
      }],
      errors: v.error ? [{ message: v.error, source: v.path }] : [],
    }));
    const files = reports.map((r) => writeXml(toJUnit([r])));
    const result = xmllint(files);
    assert.ok(result.ok, result.stderr.slice(0, 2000));
  });

  it('stays valid and bounded for a large fleet', () => {
    const xml = toJUnit(makeBigReports({ nodes: 20 }));
    const file = writeXml(xml);
    const valid = xmllint(['--schema', XSD, file]);
    assert.ok(valid.ok, valid.stderr.slice(0, 2000));
  });
});

describe('independent JUnit consumers agree', () => {
  const reports = allFixtures();
  const xml = toJUnit(reports);

  it('junit2json and junitxml-to-javascript read the same cases, outcomes and times', async () => {
    const a = await readWithJunit2json(xml);
    const b = await readWithJunitxmlToJavascript(xml);

    // junitxml-to-javascript groups by classname: compare per classname.
    const byClassname = new Map<string, typeof a.cases>();
    for (const c of a.cases) byClassname.set(c.classname, [...(byClassname.get(c.classname) ?? []), c]);
    assert.deepEqual(b.byClassname.map((s) => s.name).sort(), [...byClassname.keys()].sort(), 'the same suites (by classname)');
    for (const suite of b.byClassname) {
      const mine = byClassname.get(suite.name)!;
      assert.deepEqual(suite.testCases.map((c) => c.name), mine.map((c) => c.name), `cases of ${suite.name}`);
      assert.deepEqual(suite.testCases.map((c) => c.duration), mine.map((c) => c.time), `times of ${suite.name}`);
      assert.deepEqual(
        suite.testCases.map((c) => c.result === 'failed'),
        mine.map((c) => c.outcome !== 'passed'),
        `failed cases of ${suite.name}`,
      );
      assert.equal(suite.errors, mine.filter((c) => c.outcome !== 'passed').length);
    }
    const totalA = a.cases.reduce((sum, c) => sum + c.time, 0);
    const totalB = b.byClassname.reduce((sum, s) => sum + s.durationSec, 0);
    assert.ok(Math.abs(totalA - totalB) < 0.01, `total time ${totalA} vs ${totalB}`);
  });

  it('both agree with the reports: one case per step and internal phase, failures per failed step, errors per dance error', async () => {
    const a = await readWithJunit2json(xml);
    for (const [index, report] of reports.entries()) {
      const suite = a.suites[index]!;
      const steps = [...(report.internal ?? []), ...report.modules.flatMap((m) => m.steps)];
      const failedSteps = steps.filter(isStepFailed).length;
      assert.equal(suite.name, `${report.node} (${report.mode})`);
      assert.ok(suite.tests >= steps.length + report.errors.length, suite.name);
      assert.ok(suite.failures >= failedSteps, suite.name);
      assert.equal(suite.errors, report.errors.length, suite.name);
      const caseSum = a.cases.filter((c) => c.classname === report.node || c.classname.startsWith(`${report.node}.`));
      assert.ok(caseSum.length >= steps.length);
    }
    const counters = a.suites.reduce((t, s) => ({ tests: t.tests + s.tests, failures: t.failures + s.failures, errors: t.errors + s.errors }), { tests: 0, failures: 0, errors: 0 });
    assert.deepEqual(counters, {
      tests: a.cases.length,
      failures: a.cases.filter((c) => c.outcome === 'failure').length,
      errors: a.cases.filter((c) => c.outcome === 'error').length,
    });
  });
});
