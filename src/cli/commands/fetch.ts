import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_LIMITS, defaultFetchDest, fetchedLine, fetchRepo, fetchSettings } from '../../fetch';
import { InputError } from '../../model/errors';
import { parseSize } from '../../model/parse-size';
import { EXIT_PASSED, type Command } from '../command';

export const fetchCommand: Command = {
  name: 'fetch',
  usage:
    'fetch  [--server URI] [--node NAME] [--dest DIR] [--rsync CMD] [--max-file SIZE] [--max-total SIZE]   ' +
    "a node's parameters and modules over rsync",
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        server: { type: 'string' },
        node: { type: 'string', default: hostname() },
        dest: { type: 'string' },
        rsync: { type: 'string' },
        'max-file': { type: 'string' },
        'max-total': { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    });
    const settings = fetchSettings({ server: values.server, rsync: values.rsync });
    const result = await fetchRepo({
      ...settings,
      node: values.node,
      dest: resolve(values.dest ?? defaultFetchDest()),
      limits: {
        ...DEFAULT_LIMITS,
        ...(values['max-file'] !== undefined ? { maxFile: positiveSize(values['max-file'], '--max-file') } : {}),
        ...(values['max-total'] !== undefined ? { maxTotal: positiveSize(values['max-total'], '--max-total') } : {}),
      },
    });
    process.stdout.write(fetchedLine(result, settings.server.uri) + '\n');
    return EXIT_PASSED;
  },
};

/** A limit of 0 would make rsync skip every file (or, for some versions, none). */
function positiveSize(text: string, flag: string): number {
  const bytes = parseSize(text, flag);
  if (bytes < 1) throw new InputError(`'${text}' is not a size above zero`, flag);
  return bytes;
}
