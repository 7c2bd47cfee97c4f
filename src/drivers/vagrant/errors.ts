/**
 * The vagrant driver's failures, by cause (kitchen's errors.rb): a missing program is bad
 * environment (InputError → exit 2), a failed command carries its program, arguments and output
 * tail, and an interrupt says which signal stopped the run.
 */
import { InputError } from '../../model/errors';

/** A program the driver needs is not on PATH (execa's ENOENT). */
export class ToolMissing extends InputError {
  readonly program: string;

  constructor(program: string, hint?: string) {
    super(`${program} is not installed${hint ? ` (${hint})` : ''}`);
    this.name = 'ToolMissing';
    this.program = program;
  }
}

/** A command exited non-zero (or was killed) where success was required. */
export class CommandFailed extends Error {
  readonly program: string;
  readonly args: string[];
  readonly exitCode?: number;
  /** What the command printed on stderr (or stdout when stderr was empty), at most 64 KiB. */
  readonly output: string;

  constructor(program: string, args: string[], exitCode: number | undefined, output: string) {
    const status = exitCode === undefined ? 'was killed' : `exited ${exitCode}`;
    const why = errorLine(output);
    super(`${program} ${args.slice(0, 2).join(' ')} ${status}${why ? `: ${why}` : ''}`);
    this.name = 'CommandFailed';
    this.program = program;
    this.args = args;
    this.exitCode = exitCode;
    this.output = output.slice(-65536);
  }

  /** The last lines of the output, for logs. */
  get tail(): string {
    return tailLines(this.output);
  }
}

/**
 * The line that says what went wrong: the first one that is not part of a Ruby backtrace (vagrant
 * prints the message first and `from …` frames after it).
 */
export function errorLine(output: string): string {
  const lines = output.split('\n').map((line) => line.trim()).filter(Boolean);
  const meaningful = lines.filter((line) => !/^from \S+:\d+:in /.test(line));
  return (meaningful[0] ?? lines[0] ?? '').slice(0, 300);
}

/** The run was stopped by SIGINT/SIGTERM; the VMs are (being) destroyed. */
export class Interrupted extends Error {
  readonly signal: NodeJS.Signals;

  constructor(signal: NodeJS.Signals) {
    super(`interrupted by ${signal}`);
    this.name = 'Interrupted';
    this.signal = signal;
  }
}

/** The last `lines` non-empty lines of a command's output, for error messages. */
export function tailLines(text: string, lines = 15): string {
  return text.split('\n').filter((line) => line.trim() !== '').slice(-lines).join('\n');
}
