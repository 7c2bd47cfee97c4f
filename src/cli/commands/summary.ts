import { parseArgs } from 'node:util';
import { InputError } from '../../model/errors';
import { readReports } from '../../report/read-report';
import { MIN_SUMMARY_BYTES, STEP_SUMMARY_MAX_BYTES, toSummary } from '../../reporters/summary';
import { EXIT_PASSED, type Command } from '../command';
import { readReportArgs, writeResult } from './output';

export const summaryCommand: Command = {
  name: 'summary',
  usage:
    'summary  REPORT.json… [--base REPORT.json]… [-o FILE] [--max-bytes N] [--repo-url URL --sha SHA]' +
    '   Markdown job summary / PR comment',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        base: { type: 'string', multiple: true },
        output: { type: 'string', short: 'o' },
        'max-bytes': { type: 'string' },
        'repo-url': { type: 'string' },
        sha: { type: 'string' },
      },
      strict: true,
      allowPositionals: true,
    });
    const maxBytes = values['max-bytes'] === undefined ? STEP_SUMMARY_MAX_BYTES : parseMaxBytes(values['max-bytes']);
    const links = parseLinks(values['repo-url'], values.sha);
    const reports = readReportArgs(positionals, 'summary');
    const base = values.base ? readReports(values.base) : undefined;
    writeResult(toSummary(reports, { base, maxBytes, ...links }), values.output, true);
    return EXIT_PASSED;
  },
};

function parseMaxBytes(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < MIN_SUMMARY_BYTES) {
    throw new InputError(`--max-bytes wants a whole number ≥ ${MIN_SUMMARY_BYTES}, got '${text}'`);
  }
  return value;
}

function parseLinks(repoUrl: string | undefined, sha: string | undefined): { repoUrl?: string; sha?: string } {
  if (repoUrl === undefined && sha === undefined) return {};
  if (repoUrl === undefined || sha === undefined) throw new InputError('--repo-url and --sha go together');
  if (!/^https?:\/\/[^\s<>]+$/.test(repoUrl)) throw new InputError(`--repo-url wants an http(s) URL, got '${repoUrl}'`);
  if (!/^[A-Za-z0-9._/-]+$/.test(sha)) throw new InputError(`--sha wants a commit SHA, got '${sha}'`);
  return { repoUrl, sha };
}
