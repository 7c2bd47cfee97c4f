/** A subcommand: parses its own arguments and returns the process exit code. */
export interface Command {
  name: string;
  /** One line for `disco help`. */
  usage: string;
  run(args: string[]): Promise<number>;
}

/** Exit codes (DESIGN §5). */
export const EXIT_PASSED = 0;
export const EXIT_FAILED = 1;
export const EXIT_BAD_INPUT = 2;
