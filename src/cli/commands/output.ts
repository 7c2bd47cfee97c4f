/** Where presenter commands put their result: a file (`-o FILE`) or stdout, guarded in a runner log. */
import { fstatSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from '../../model/errors';
import { readReports } from '../../report/read-report';
import type { DanceReport } from '../../model/dance-report';
import { guardUntrusted } from '../../reporters/guard';

/**
 * Writes `text` to `file`, or to stdout. Text carrying script output, diffs or paths is wrapped
 * in stop-commands when stdout is a GitHub runner's log (GITHUB_ACTIONS=true and stdout not a
 * regular file), so none of it can act as a workflow command there.
 */
export function writeResult(text: string, file: string | undefined, untrusted: boolean): void {
  if (file !== undefined) {
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    } catch (error) {
      throw new InputError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    return;
  }
  process.stdout.write(untrusted && inRunnerLog() ? guardUntrusted(text) : text);
}

/** True when stdout is (most likely) a GitHub runner's log: GITHUB_ACTIONS=true and not a regular file. */
export function inRunnerLog(): boolean {
  if (process.env.GITHUB_ACTIONS !== 'true') return false;
  try {
    return !fstatSync(1).isFile();
  } catch {
    return true;
  }
}

/** Reads the REPORT.json arguments of a command; at least one is required. */
export function readReportArgs(paths: string[], command: string): DanceReport[] {
  if (paths.length === 0) throw new InputError(`disco ${command}: give at least one REPORT.json`);
  return readReports(paths);
}
