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
    return name ? 0 : EXIT_BAD_INPUT;
  }
  const command: Command | undefined = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`error: unknown command '${name}' (try: disco help)\n`);
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
    process.stderr.write(`error: ${error.message}\n`);
    if (debug && error.stack) process.stderr.write(error.stack + '\n');
    return EXIT_BAD_INPUT;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`error: internal: ${message.split('\n')[0]} (DISCO_DEBUG=1 for details)\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(error.stack + '\n');
  return 70;
}

/** util.parseArgs throws TypeErrors with a `code` for unknown or malformed flags: those are bad input. */
function isInputError(error: unknown): error is Error {
  if (error instanceof InputError) return true;
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
