import { parseArgs } from 'node:util';
import { InputError } from '../../model/errors';
import { readReport } from '../../report/read-report';
import { compareReports, DEFAULT_DELTA_THRESHOLDS, type Delta } from '../../reporters/delta';
import { toDeltaText } from '../../reporters/delta-text';
import { EXIT_PASSED, type Command } from '../command';
import { writeResult } from './output';

export const deltaCommand: Command = {
  name: 'delta',
  usage: 'delta    BASE.json HEAD.json [--json]                      what the change alters in the dance',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      options: { json: { type: 'boolean', default: false } },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length !== 2) throw new InputError(`disco delta: give BASE.json and HEAD.json (got ${positionals.length} files)`);
    const [base, head] = positionals.map(readReport);
    const delta: Delta = { thresholds: DEFAULT_DELTA_THRESHOLDS, nodes: [compareReports(base, head)] };
    writeResult(values.json ? JSON.stringify(delta, null, 2) + '\n' : toDeltaText(delta), undefined, true);
    return EXIT_PASSED;
  },
};
