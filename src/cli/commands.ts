import type { Command } from './command';
import { danceCommand } from './commands/dance';

/** Every subcommand, in `disco help` order. Each lives in its own file under commands/. */
export const commands: Command[] = [
  danceCommand,
];
