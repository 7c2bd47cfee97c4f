import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DanceReport } from '../model/dance-report';
import { lastReportPath } from '../model/paths';

/** Writes a DanceReport as JSON, creating the directory it goes in. */
export function writeReport(path: string, report: DanceReport): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(report, null, 2) + '\n');
}

/** Keeps the most recent dance for `disco report`; a host where that cannot be written still dances. */
export function rememberReport(report: DanceReport): void {
  try {
    writeReport(lastReportPath(), report);
  } catch {
    // best effort: the state directory is a convenience, the --json file is the contract
  }
}
