/**
 * Shape checks for a parsed DanceReport (DESIGN §4). Extra fields are allowed (the contract says
 * "add fields freely"); what the presenters rely on must be there with the right type.
 */
import {
  DANCE_REPORT_SCHEMA,
  type DanceReport,
  type Metrics,
} from '../model/dance-report';

/** Thrown with a path into the document (`modules[1].steps[0].exitCode`) and what is wrong there. */
export class ShapeError extends Error {}

type Json = Record<string, unknown>;

const STEP_KINDS = ['files', 'template', 'script', 'effect', 'internal'];
const OUTCOMES = ['passed', 'failed'];
const ACTIONS = ['created', 'modified', 'deleted'];
const ENTRY_TYPES = ['file', 'directory', 'symlink', 'other'];
const METRIC_NAMES = [
  'time_real', 'time_user', 'time_sys', 'mem_max', 'mem_faults_major', 'mem_faults_minor',
  'io_fsin', 'io_fsout', 'io_signals',
] as const;

/** Checks `value` against the v1 contract; returns it typed, with absent metric counters as 0. */
export function validateReport(value: unknown): DanceReport {
  const report = object(value, 'the document');
  if (!('schema' in report)) fail('missing field "schema"');
  if (report.schema !== DANCE_REPORT_SCHEMA) {
    fail(`unknown schema ${describe(report.schema)} (expected "${DANCE_REPORT_SCHEMA}")`);
  }
  nonEmptyString(report, 'node', '');
  oneOf(report, 'mode', ['noop', 'apply'], '');
  oneOf(report, 'status', OUTCOMES, '');
  array(report, 'order', '').forEach((name, i) => isString(name, `order[${i}]`));
  array(report, 'modules', '').forEach((m, i) => checkModule(m, `modules[${i}]`));
  array(report, 'errors', '').forEach((e, i) => checkError(e, `errors[${i}]`));
  if (report.internal !== undefined) {
    array(report, 'internal', '').forEach((s, i) => checkStep(s, `internal[${i}]`));
  }
  optional(report, 'startedAt', 'string', '');
  optional(report, 'root', 'string', '');
  optional(report, 'interrupted', 'boolean', '');
  return report as unknown as DanceReport;
}

function checkModule(value: unknown, at: string): void {
  const module = object(value, at);
  nonEmptyString(module, 'name', at);
  oneOf(module, 'status', OUTCOMES, at);
  array(module, 'steps', at).forEach((s, i) => checkStep(s, `${at}.steps[${i}]`));
  array(module, 'changes', at).forEach((c, i) => checkChange(c, `${at}.changes[${i}]`));
  array(module, 'blocked', at).forEach((b, i) => checkBlocked(b, `${at}.blocked[${i}]`));
}

function checkStep(value: unknown, at: string): void {
  const step = object(value, at);
  oneOf(step, 'kind', STEP_KINDS, at);
  field(step, 'name', 'string', at);
  optional(step, 'source', 'string', at);
  integer(step, 'exitCode', at);
  field(step, 'output', 'string', at);
  optional(step, 'reason', 'string', at);
  const metrics = object(step.metrics, `${at}.metrics`);
  for (const [name, metric] of Object.entries(metrics)) {
    if (typeof metric !== 'number' || !Number.isFinite(metric) || metric < 0) {
      fail(`${at}.metrics.${name} must be a non-negative number (got ${describe(metric)})`);
    }
  }
  // Older engines may omit counters they cannot measure; presenters read 0 for those.
  for (const name of METRIC_NAMES) (metrics as Partial<Metrics>)[name] ??= 0;
}

function checkChange(value: unknown, at: string): void {
  const change = object(value, at);
  nonEmptyString(change, 'path', at);
  oneOf(change, 'action', ACTIONS, at);
  oneOf(change, 'type', ENTRY_TYPES, at);
  if (change.before !== undefined) checkMeta(change.before, `${at}.before`);
  if (change.after !== undefined) checkMeta(change.after, `${at}.after`);
  optional(change, 'diff', 'string', at);
  optional(change, 'binary', 'boolean', at);
  optional(change, 'diffTruncated', 'boolean', at);
}

function checkMeta(value: unknown, at: string): void {
  const meta = object(value, at);
  for (const name of ['mode', 'owner', 'group', 'md5', 'target', 'selinux']) optional(meta, name, 'string', at);
  for (const name of ['uid', 'gid', 'size']) optional(meta, name, 'number', at);
}

function checkBlocked(value: unknown, at: string): void {
  const blocked = object(value, at);
  nonEmptyString(blocked, 'command', at);
  field(blocked, 'source', 'string', at);
  integer(blocked, 'line', at);
}

function checkError(value: unknown, at: string): void {
  const error = object(value, at);
  field(error, 'message', 'string', at);
  optional(error, 'source', 'string', at);
}

function fail(message: string): never {
  throw new ShapeError(message);
}

const where = (at: string, name: string): string => (at ? `${at}.${name}` : name);

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function object(value: unknown, at: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(value === undefined ? `missing field "${at}"` : `${at} must be an object (got ${describe(value)})`);
  }
  return value as Json;
}

function present(owner: Json, name: string, at: string): unknown {
  if (!(name in owner) || owner[name] === undefined) fail(`missing field "${where(at, name)}"`);
  return owner[name];
}

function field(owner: Json, name: string, type: 'string' | 'number' | 'boolean', at: string): void {
  const value = present(owner, name, at);
  if (typeof value !== type) fail(`${where(at, name)} must be a ${type} (got ${describe(value)})`);
}

function optional(owner: Json, name: string, type: 'string' | 'number' | 'boolean', at: string): void {
  if (owner[name] !== undefined) field(owner, name, type, at);
}

function nonEmptyString(owner: Json, name: string, at: string): void {
  field(owner, name, 'string', at);
  if (owner[name] === '') fail(`${where(at, name)} must not be empty`);
}

function isString(value: unknown, at: string): void {
  if (typeof value !== 'string') fail(`${at} must be a string (got ${describe(value)})`);
}

function integer(owner: Json, name: string, at: string): void {
  const value = present(owner, name, at);
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    fail(`${where(at, name)} must be an integer (got ${describe(value)})`);
  }
}

function oneOf(owner: Json, name: string, allowed: string[], at: string): void {
  const value = present(owner, name, at);
  if (typeof value !== 'string' || !allowed.includes(value)) {
    fail(`${where(at, name)} must be one of ${allowed.join(', ')} (got ${describe(value)})`);
  }
}

function array(owner: Json, name: string, at: string): unknown[] {
  const value = present(owner, name, at);
  if (!Array.isArray(value)) fail(`${where(at, name)} must be an array (got ${describe(value)})`);
  return value;
}
