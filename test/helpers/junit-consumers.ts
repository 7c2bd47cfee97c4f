/**
 * JUnit XML read back by two independent consumers from npm and reduced to the same shape, so a
 * test can check they agree: junit2json (xml2js) and junitxml-to-javascript (xml2js-parser).
 */
import { createRequire } from 'node:module';
import { parse as junit2json, type TestCase, type TestSuite, type TestSuites } from 'junit2json';

const require = createRequire(import.meta.url);

export interface ReadCase {
  classname: string;
  name: string;
  time: number;
  outcome: 'passed' | 'failure' | 'error';
}

export interface ReadBack {
  suites: { name: string; tests: number; failures: number; errors: number; time: number }[];
  cases: ReadCase[];
}

/** junit2json: suites with their counters, cases with their outcome. */
export async function readWithJunit2json(xml: string): Promise<ReadBack & { systemOut: string[] }> {
  const root = (await junit2json(xml)) as TestSuites;
  const suites = (root.testsuite ?? []) as TestSuite[];
  const cases: ReadCase[] = [];
  const systemOut: string[] = [];
  for (const suite of suites) {
    for (const c of (suite.testcase ?? []) as TestCase[]) {
      cases.push({
        classname: c.classname ?? '',
        name: c.name ?? '',
        time: Number(c.time ?? 0),
        outcome: c.error ? 'error' : c.failure ? 'failure' : 'passed',
      });
      systemOut.push(...(c['system-out'] ?? []));
    }
  }
  return {
    suites: suites.map((s) => ({
      name: s.name ?? '',
      tests: Number(s.tests),
      failures: Number(s.failures),
      errors: Number(s.errors),
      time: Number(s.time ?? 0),
    })),
    cases,
    systemOut,
  };
}

interface JxjCase {
  name: string;
  duration: number;
  result: 'succeeded' | 'failed' | 'skipped';
  message: string;
}
interface JxjSuite {
  name: string;
  testCases: JxjCase[];
  tests: number;
  errors: number;
  durationSec: number;
}

/**
 * junitxml-to-javascript groups cases into suites by classname and reports failures and errors
 * together as `failed` (its suite `errors` counts both), so it is compared on that basis.
 */
export async function readWithJunitxmlToJavascript(xml: string): Promise<{ byClassname: JxjSuite[] }> {
  const Parser = require('junitxml-to-javascript') as new () => { parseXMLString(xml: string): Promise<{ testsuites: JxjSuite[] }> };
  const report = await new Parser().parseXMLString(xml);
  return { byClassname: report.testsuites };
}
