/**
 * DanceReports → JUnit XML (DESIGN §5): one testsuite per report named `<node> (<mode>)`, one
 * testcase per step (`classname="<node>.<module>"`, `name="<kind> <name>"`, `file` = the step's
 * source), failures carry the exit code and the output tail, report-level errors are `<error>` cases.
 */
import junitBuilder, { type TestCase, type TestSuite } from 'junit-report-builder';
import type { DanceReport, ModuleResult, Step } from '../model/dance-report';
import { blockedStep, changeStep } from './change-source';
import { describeBlocked, describeChange } from './describe-change';
import { INTERNAL_MODULE, isModuleFailed, isStepFailed, stepLabel } from './report-facts';
import { clip, firstLine, tail } from './text';
import { cdataSafe, xmlSafe } from './xml-text';

/** Bounds that keep one JUnit file readable by CI tools whatever the scripts printed. */
export interface JUnitLimits {
  /** Output tail in a `<failure>`. */
  failureLines: number;
  failureChars: number;
  /** Output tail of a passing step in its `<system-out>`. */
  outputLines: number;
  outputChars: number;
  /** Each diff shown under a change, and the whole `<system-out>` of one case. */
  diffChars: number;
  systemOutChars: number;
  /** All diffs of the document together; later changes are listed without their diff. */
  totalDiffChars: number;
}

export const DEFAULT_JUNIT_LIMITS: JUnitLimits = {
  failureLines: 100,
  failureChars: 16 * 1024,
  outputLines: 50,
  outputChars: 8 * 1024,
  diffChars: 4 * 1024,
  systemOutChars: 64 * 1024,
  totalDiffChars: 4 * 1024 * 1024,
};

/** Renders the reports as one `<testsuites>` document. */
export function toJUnit(reports: DanceReport[], limits: JUnitLimits = DEFAULT_JUNIT_LIMITS): string {
  const builder = junitBuilder.newBuilder().name('disco');
  const budget = { diffChars: limits.totalDiffChars };
  for (const report of reports) addSuite(builder.testSuite(), report, limits, budget);
  return builder.build() + '\n';
}

/** What is left of the document-wide allowances. */
interface Budget {
  diffChars: number;
}

function addSuite(suite: TestSuite, report: DanceReport, limits: JUnitLimits, budget: Budget): void {
  suite.name(xmlSafe(`${report.node} (${report.mode})`));
  if (report.startedAt) suite.timestamp(xmlSafe(report.startedAt));
  let seconds = 0;
  const cases: CaseSpec[] = [];
  for (const step of report.internal ?? []) cases.push(stepCase(report, INTERNAL_MODULE, step, [], limits));
  for (const module of report.modules) cases.push(...moduleCases(report, module, limits, budget));
  report.errors.forEach((error, index) => {
    cases.push({
      classname: report.node,
      name: `error ${index + 1}: ${firstLine(error.message, 120)}`,
      file: error.source,
      time: 0,
      error: { message: firstLine(error.message, 500), body: error.message },
    });
  });
  if ((report.status === 'failed' || report.interrupted) && !cases.some((c) => c.failure || c.error)) {
    // A failed dance always shows as failed, even when no step or error says why.
    const why = report.interrupted ? 'the dance was interrupted' : 'the dance failed without a failing step or error';
    const failure = { message: why, body: '' };
    cases.push({ classname: report.node, name: 'dance', time: 0, failure });
  }
  for (const spec of cases) {
    seconds += spec.time;
    addCase(suite.testCase(), spec);
  }
  suite.time(roundSeconds(seconds));
}

interface CaseSpec {
  classname: string;
  name: string;
  file?: string;
  time: number;
  failure?: { message: string; body: string };
  error?: { message: string; body: string };
  systemOut?: string;
}

function moduleCases(report: DanceReport, module: ModuleResult, limits: JUnitLimits, budget: Budget): CaseSpec[] {
  // Each change and blocked command goes to the case of the step that produced it.
  const extras = new Map<Step | undefined, string[]>();
  const note = (step: Step | undefined, line: string): void => {
    const lines = extras.get(step) ?? [];
    lines.push(line);
    extras.set(step, lines);
  };
  let withheld = 0;
  for (const change of module.changes) {
    let diff = '';
    if (change.diff && budget.diffChars > 0) {
      diff = `\n${clipDiff(change.diff, limits.diffChars)}`;
      budget.diffChars -= diff.length;
    } else if (change.diff) {
      withheld++;
    }
    note(changeStep(module, change), `File: ${describeChange(change)}${diff}`);
  }
  for (const blocked of module.blocked) note(blockedStep(module, blocked), `Would execute: ${describeBlocked(blocked)}`);
  if (withheld > 0) {
    note(module.steps[0], `[${withheld} diffs of this module not shown: the JUnit file's diff allowance is used up]`);
  }

  const cases = module.steps.map((step) => stepCase(report, module.name, step, extras.get(step) ?? [], limits));
  const orphan = extras.get(undefined) ?? [];
  const stepFailed = module.steps.some(isStepFailed);
  if (module.steps.length === 0 || (isModuleFailed(module) && !stepFailed)) {
    // A module without steps (or failed without a failing step) still needs a case to say so.
    cases.push({
      classname: `${report.node}.${module.name}`,
      name: `module ${module.name}`,
      time: 0,
      failure: isModuleFailed(module) && !stepFailed ? { message: 'module failed without a failing step', body: '' } : undefined,
      systemOut: boundedOut(orphan, limits),
    });
  }
  return cases;
}

function stepCase(report: DanceReport, module: string, step: Step, extras: string[], limits: JUnitLimits): CaseSpec {
  const failed = isStepFailed(step);
  const sections: string[] = [];
  if (!failed && step.output) sections.push(outputTail(step.output, limits.outputLines, limits.outputChars));
  sections.push(...extras);
  return {
    classname: `${report.node}.${module}`,
    name: stepLabel(step),
    file: step.source,
    time: roundSeconds(step.metrics.time_real),
    failure: failed
      ? {
          message: step.reason ? `${firstLine(step.reason)} (exit code ${step.exitCode})` : `exit code ${step.exitCode}`,
          body: outputTail(step.output, limits.failureLines, limits.failureChars),
        }
      : undefined,
    systemOut: boundedOut(sections, limits),
  };
}

function addCase(testCase: TestCase, spec: CaseSpec): void {
  testCase.className(xmlSafe(spec.classname)).name(xmlSafe(spec.name)).time(spec.time);
  if (spec.file) testCase.file(xmlSafe(spec.file));
  if (spec.failure) {
    testCase.failure(xmlSafe(spec.failure.message), 'StepFailed');
    if (spec.failure.body) testCase.stacktrace(cdataSafe(spec.failure.body));
  }
  if (spec.error) testCase.error(xmlSafe(spec.error.message), 'DanceError', cdataSafe(spec.error.body) || undefined);
  if (spec.systemOut) testCase.standardOutput(cdataSafe(spec.systemOut));
}

function outputTail(output: string, lines: number, chars: number): string {
  const { text, omittedLines } = tail(output, lines, chars);
  return omittedLines > 0 ? `[… ${omittedLines} earlier lines not shown]\n${text}` : text;
}

function clipDiff(diff: string, max: number): string {
  return diff.length <= max ? diff.replace(/\n$/, '') : `${diff.slice(0, max)}\n[… diff cut at ${max} characters]`;
}

function boundedOut(sections: string[], limits: JUnitLimits): string | undefined {
  if (sections.length === 0) return undefined;
  const kept: string[] = [];
  let size = 0;
  for (const [index, section] of sections.entries()) {
    if (size + section.length > limits.systemOutChars && kept.length > 0) {
      kept.push(`[… ${sections.length - index} more entries not shown]`);
      break;
    }
    kept.push(clip(section, limits.systemOutChars));
    size += section.length + 1;
  }
  return kept.join('\n');
}

// Jenkins' schema allows at most three decimals on suite times; cases use the same rounding so
// every consumer sums to the same total.
const roundSeconds = (seconds: number): number => Math.round(Math.max(0, seconds) * 1000) / 1000;
