import { parseArgs } from 'node:util';
import { InputError } from '../../model/errors';
import { lastReportPath } from '../../model/paths';
import { readReport } from '../../report/read-report';
import { toReportLines } from '../../reporters/report-lines';
import { EXIT_PASSED, type Command } from '../command';
import { writeResult } from './output';

export const reportCommand: Command = {
  name: 'report',
  usage: 'report   [REPORT.json]                                     metrics of the most recent dance (seed report: lines)',
  async run(args) {
    const { positionals } = parseArgs({ args, options: {}, strict: true, allowPositionals: true });
    if (positionals.length > 1) throw new InputError(`disco report: give at most one REPORT.json (got ${positionals.length})`);
    writeResult(toReportLines(readReport(positionals[0] ?? lastReportPath())), undefined, true);
    return EXIT_PASSED;
  },
};
