import type { Command } from './command';
import { danceCommand } from './commands/dance';
import { diffCommand } from './commands/diff';
import { shellCommand } from './commands/shell';
import { planCommand } from './commands/plan';
import { paramCommand } from './commands/param';
import { affectedCommand } from './commands/affected';
import { junitCommand } from './commands/junit';
import { annotateCommand } from './commands/annotate';
import { summaryCommand } from './commands/summary';
import { deltaCommand } from './commands/delta';
import { reportCommand } from './commands/report';

/** Every subcommand, in `disco help` order. Each lives in its own file under commands/. */
export const commands: Command[] = [
  danceCommand,
  shellCommand,
  diffCommand,
  planCommand,
  paramCommand,
  affectedCommand,
  reportCommand,
  junitCommand,
  annotateCommand,
  summaryCommand,
  deltaCommand,
];
