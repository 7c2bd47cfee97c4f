/**
 * Reads DanceReport files. Every failure is an InputError whose one-line message names the file
 * and what is wrong: `Invalid DanceReport at <file>: <what>`.
 */
import { readFileSync } from 'node:fs';
import type { DanceReport } from '../model/dance-report';
import { InputError } from '../model/errors';
import { ShapeError, validateReport } from './validate-report';

/** Parses and validates the text of a DanceReport; `file` only names it in errors. */
export function parseReport(text: string, file: string): DanceReport {
  if (text.trim() === '') throw invalid(file, 'empty file');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw invalid(file, describeJsonError(text, error));
  }
  try {
    return validateReport(value);
  } catch (error) {
    if (error instanceof ShapeError) throw invalid(file, error.message);
    throw error;
  }
}

/** Reads one DanceReport file. */
export function readReport(file: string): DanceReport {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? 'error'})`;
    throw invalid(file, why);
  }
  return parseReport(text, file);
}

export const readReports = (files: string[]): DanceReport[] => files.map(readReport);

function invalid(file: string, what: string): InputError {
  return new InputError(oneLine(`Invalid DanceReport at ${file}: ${what}`));
}

// JSON.parse quotes the offending text in its message; we report only where, so no file content
// (which may be hostile or huge) reaches the log.
function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const match = /position (\d+)/.exec(message);
  const position = match ? Number(match[1]) : undefined;
  if (/end of JSON input/i.test(message) || (position !== undefined && position >= text.trimEnd().length)) {
    return 'truncated JSON (the document ends early)';
  }
  if (position === undefined) return 'not JSON';
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `not JSON (syntax error at line ${line}, column ${column})`;
}

function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
