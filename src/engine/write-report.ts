import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DanceReport } from '../model/dance-report';
import { lastReportPath } from '../model/paths';

/** Stands in for the modules while the rest of the report is serialized (no report holds it). */
const MODULES = '\u0000disco:modules\u0000';

/**
 * The text of `JSON.stringify(report, null, 2) + '\n'`, a piece at a time: the report without its
 * modules, then one module after the other. A big dance's report is tens of megabytes of JSON;
 * built whole (and once more for the last report) it was the engine's peak memory.
 */
export function* reportJson(report: DanceReport): Generator<string> {
  const modules = report.modules;
  const head = JSON.stringify(report, (key, value: unknown) => (key === 'modules' && value === modules ? MODULES : value), 2);
  const placeholder = JSON.stringify(MODULES);
  const at = head.indexOf(placeholder);
  if (at < 0 || !Array.isArray(modules) || modules.length === 0) {
    yield JSON.stringify(report, null, 2) + '\n';
    return;
  }
  // A member of the top-level object is indented by 2 spaces, the elements of its array by 4: a
  // module serialized as the only element of such an array comes out indented as it must.
  yield head.slice(0, at) + '[\n';
  for (let index = 0; index < modules.length; index++) {
    const text = JSON.stringify({ m: [modules[index]] }, null, 2);
    yield text.slice(text.indexOf('[\n') + 2, text.lastIndexOf('\n  ]')) + (index < modules.length - 1 ? ',\n' : '\n');
  }
  yield `  ]${head.slice(at + placeholder.length)}\n`;
}

/** Writes a DanceReport as JSON, creating the directory it goes in. */
export function writeReport(path: string, report: DanceReport): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  try {
    for (const piece of reportJson(report)) writeSync(fd, piece);
  } finally {
    closeSync(fd);
  }
}

/** Keeps the most recent dance for `disco report`; a host where that cannot be written still dances. */
export function rememberReport(report: DanceReport): void {
  try {
    writeReport(lastReportPath(), report);
  } catch {
    // best effort: the state directory is a convenience, the --json file is the contract
  }
}
