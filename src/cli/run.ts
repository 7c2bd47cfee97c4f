import { InputError } from '../model/errors';
import { EXIT_BAD_INPUT, type Command } from './command';
import { commands } from './commands';

const usage = (): string =>
  ['usage: disco <command> [options]', '', ...commands.map((c) => `  ${c.usage}`)].join('\n');

/** Dispatches a subcommand and maps failures to exit codes: bad input is one line and exit 2. */
export async function run(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(usage() + '\n');
    if (name) return 0;
    process.stderr.write('error: no command given (try: disco help)\n');
    return EXIT_BAD_INPUT;
  }
  const command: Command | undefined = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`error: unknown command '${oneLine(name)}' (try: disco help)\n`);
    return EXIT_BAD_INPUT;
  }
  try {
    return await command.run(args);
  } catch (error) {
    return reportError(error);
  }
}

function reportError(error: unknown): number {
  const debug = process.env.DISCO_DEBUG === '1';
  if (isInputError(error)) {
    // util.parseArgs breaks its own messages into lines of advice: one sentence each, one line here.
    const message = error instanceof InputError ? error.message : error.message.replace(/\n/g, ' ');
    process.stderr.write(`error: ${oneLine(message)}\n`);
    if (debug && error.stack) process.stderr.write(error.stack + '\n');
    return EXIT_BAD_INPUT;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`error: internal: ${oneLine(message.split('\n')[0]!)} (DISCO_DEBUG=1 for details)\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(error.stack + '\n');
  return 70;
}

/**
 * The error line stays one line whatever a name or value in it holds: control characters (a line
 * feed or CR in a node name, a parameter file name, a flag) are shown as `\xNN`.
 */
const oneLine = (text: string): string =>
  text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, (c) => {
    const code = c.charCodeAt(0);
    return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`;
  });

/** util.parseArgs throws TypeErrors with a `code` for unknown or malformed flags: those are bad input. */
function isInputError(error: unknown): error is Error {
  if (error instanceof InputError) return true;
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
