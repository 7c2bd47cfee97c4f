import type { Command } from './command';
import { danceCommand } from './commands/dance';
import { diffCommand } from './commands/diff';
import { shellCommand } from './commands/shell';
import { recoverCommand } from './commands/recover';
import { planCommand } from './commands/plan';
import { paramCommand } from './commands/param';
import { fetchCommand } from './commands/fetch';
import { affectedCommand } from './commands/affected';
import { junitCommand } from './commands/junit';
import { annotateCommand } from './commands/annotate';
import { summaryCommand } from './commands/summary';
import { deltaCommand } from './commands/delta';
import { reportCommand } from './commands/report';
import { vmDanceCommand } from './commands/vm-dance';
import { vmDestroyCommand } from './commands/vm-destroy';

/** Every subcommand, in `disco help` order. Each lives in its own file under commands/. */
export const commands: Command[] = [
  danceCommand,
  shellCommand,
  diffCommand,
  recoverCommand,
  planCommand,
  paramCommand,
  fetchCommand,
  affectedCommand,
  reportCommand,
  junitCommand,
  annotateCommand,
  summaryCommand,
  deltaCommand,
  vmDanceCommand,
  vmDestroyCommand,
];
