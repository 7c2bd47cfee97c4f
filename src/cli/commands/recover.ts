import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pendingJournals } from '../../engine/journal';
import { recoverApplies } from '../../engine/recover';
import { lockRoot } from '../../engine/root-lock';
import type { Command } from '../command';
import { checkStateDir } from '../preflight';

const say = (line: string): void => void process.stdout.write(line + '\n');

export const recoverCommand: Command = {
  name: 'recover',
  usage: 'recover [--root DIR]   complete applies a crash interrupted (every dance does this first)',
  async run(args) {
    const { values } = parseArgs({ args, options: { root: { type: 'string' } }, strict: true });
    checkStateDir();
    const roots = values.root ? [resolve(values.root)] : pendingJournals().map((j) => j.root);
    let completed = 0;
    for (const root of roots) {
      const lock = await lockRoot(root, 600, say);
      try {
        completed += recoverApplies(say, root);
      } finally {
        lock.release();
      }
    }
    say(`info: ${completed} interrupted appl${completed === 1 ? 'y' : 'ies'} completed`);
    return 0;
  },
};
