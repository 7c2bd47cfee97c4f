/**
 * What a failed rsync run means, read from its exit code and messages (LC_ALL=C, rsync ≥ 3.1):
 * the kinds disco explains differently, and the one line of rsync's own words worth showing.
 */

export type FailureKind =
  /** No connection: refused, no route, ssh could not log in. */
  | 'unreachable'
  /** The daemon has no rsync module of that name (`@ERROR: Unknown module`). */
  | 'no-module'
  /** The module exists but the path inside it does not (`change_dir … failed: No such file`). */
  | 'no-path'
  /** The daemon said no for another reason (auth, max connections): its `@ERROR` line. */
  | 'refused'
  | 'timeout'
  | 'other';

export interface Failure {
  kind: FailureKind;
  /** rsync's most telling line, cleaned to one printable line. */
  detail: string;
}

const UNREACHABLE = /failed to connect|connection refused|no route to host|network is unreachable|could not resolve|name or service not known|temporary failure in name resolution|did not see server greeting|permission denied \(|host key verification failed|connection timed out|^ssh:/i;
const NO_PATH = /(change_dir|link_stat) .* failed: No such file or directory/;

export function classifyFailure(exitCode: number | undefined, stderr: string): Failure {
  const lines = stderr.split(/\r?\n|\r/).map(clean).filter(Boolean); // ssh ends its lines with CR LF
  const find = (pattern: RegExp): string | undefined => lines.find((line) => pattern.test(line));
  const error = find(/^@ERROR/);
  if (error) return { kind: /Unknown module/.test(error) ? 'no-module' : 'refused', detail: error.replace(/^@ERROR:?\s*/, '') };
  const noPath = find(NO_PATH);
  if (noPath) return { kind: 'no-path', detail: noPath };
  const unreachable = find(UNREACHABLE);
  if (unreachable || exitCode === 10 || exitCode === 255) return { kind: 'unreachable', detail: unreachable ?? telling(lines) };
  if (exitCode === 30 || exitCode === 35) return { kind: 'timeout', detail: telling(lines) };
  return { kind: 'other', detail: telling(lines) };
}

/** The first line that is rsync's own complaint, else the last line. */
function telling(lines: string[]): string {
  return lines.find((line) => !line.startsWith('rsync error:')) ?? lines[lines.length - 1] ?? 'no message';
}

/** `rsync: [sender] change_dir …` → `change_dir …`; control characters from a server made visible. */
function clean(line: string): string {
  const text = line
    .replace(/^rsync: (\[\w+\] )?/, '')
    .replace(/[\u0000-\u001f\u007f]/g, '?')
    .trim();
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
