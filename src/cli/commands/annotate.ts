import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { InputError } from '../../model/errors';
import { toAnnotationLines } from '../../reporters/annotations';
import { EXIT_PASSED, type Command } from '../command';
import { readReportArgs } from './output';

export const annotateCommand: Command = {
  name: 'annotate',
  usage: 'annotate REPORT.json… [--changed FILE]                      GitHub annotations (workflow commands) on stdout',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      options: { changed: { type: 'string' } },
      strict: true,
      allowPositionals: true,
    });
    const reports = readReportArgs(positionals, 'annotate');
    const changedFiles = values.changed === undefined ? [] : readChangedFiles(values.changed);
    // Not guarded: these lines are meant to be acted on; every value in them is escaped instead.
    process.stdout.write(toAnnotationLines(reports, { changedFiles }));
    return EXIT_PASSED;
  },
};

/** One repo path a line; blank lines ignored. */
function readChangedFiles(file: string): string[] {
  try {
    return readFileSync(file, 'utf8').split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  } catch (error) {
    throw new InputError(`--changed ${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
