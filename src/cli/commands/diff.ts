import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pendingChanges } from '../../engine/shell';
import { changeText } from '../../reporters/dance-text';
import type { Command } from '../command';

export const diffCommand: Command = {
  name: 'diff',
  usage: 'diff   [--root DIR] [--node NAME] [--json]   changes pending in the scratch of disco shell',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        root: { type: 'string', default: '/' },
        node: { type: 'string', default: hostname() },
        json: { type: 'boolean', default: false },
      },
      strict: true,
    });
    const changes = pendingChanges(values.node, resolve(values.root));
    if (values.json) process.stdout.write(JSON.stringify(changes, null, 2) + '\n');
    else for (const change of changes) process.stdout.write(changeText(change));
    return 0;
  },
};
