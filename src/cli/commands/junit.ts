import { parseArgs } from 'node:util';
import { toJUnit } from '../../reporters/junit';
import { EXIT_PASSED, type Command } from '../command';
import { readReportArgs, writeResult } from './output';

export const junitCommand: Command = {
  name: 'junit',
  usage: 'junit    REPORT.json… [-o FILE]                             JUnit XML, one testsuite per report',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      options: { output: { type: 'string', short: 'o' } },
      strict: true,
      allowPositionals: true,
    });
    writeResult(toJUnit(readReportArgs(positionals, 'junit')), values.output, true);
    return EXIT_PASSED;
  },
};
