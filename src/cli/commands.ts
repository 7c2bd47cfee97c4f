import type { Command } from './command';
import { danceCommand } from './commands/dance';
import { planCommand } from './commands/plan';
import { paramCommand } from './commands/param';
import { affectedCommand } from './commands/affected';

/** Every subcommand, in `disco help` order. Each lives in its own file under commands/. */
export const commands: Command[] = [
  danceCommand,
  planCommand,
  paramCommand,
  affectedCommand,
];
