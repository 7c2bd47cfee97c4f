import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { blockedCommands, DEFAULT_BLOCKED } from '../../engine/blocked-commands';
import { checkRoot } from '../../engine/check-root';
import { openShell, resetShell } from '../../engine/shell';
import type { Command } from '../command';
import { loadPlan } from '../load-plan';
import { checkStateDir } from '../preflight';

export const shellCommand: Command = {
  name: 'shell',
  usage: 'shell  [--noop] [--root DIR] [--node NAME] [--repo DIR] [--reset]   interactive shell in the sandbox; changes kept for disco diff',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        noop: { type: 'boolean', default: true },
        root: { type: 'string', default: '/' },
        node: { type: 'string', default: hostname() },
        repo: { type: 'string' },
        reset: { type: 'boolean', default: false },
      },
      strict: true,
    });
    const root = resolve(values.root);
    checkRoot(root);
    checkStateDir();
    if (values.reset) {
      resetShell(values.node, root);
      return 0;
    }
    const { repoRoot, plan } = loadPlan(values.repo, values.node);
    const blocked = values.repo ? blockedCommands(repoRoot) : [...DEFAULT_BLOCKED];
    return openShell(repoRoot, plan, root, blocked);
  },
};
