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
  /** The last lines the command printed on stderr (or stdout when stderr was empty). */
  readonly tail: string;

  constructor(program: string, args: string[], exitCode: number | undefined, tail: string) {
    const status = exitCode === undefined ? 'was killed' : `exited ${exitCode}`;
    const last = tail.trim().split('\n').pop() ?? '';
    super(`${program} ${args.filter((a) => !a.startsWith('--no-')).slice(0, 2).join(' ')} ${status}${last ? `: ${last}` : ''}`);
    this.name = 'CommandFailed';
    this.program = program;
    this.args = args;
    this.exitCode = exitCode;
    this.tail = tail;
  }
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
