import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Change } from '../model/dance-report';
import { InputError } from '../model/errors';
import { stateDir } from '../model/paths';
import type { Plan } from '../plan/types';
import { readAccounts } from './accounts';
import { computeChanges } from './changes';
import { helperBinary } from './helper-binary';
import { unescapeField } from './sandbox-process';
import { prepareShare } from './sandbox-share';
import { parseScan } from './upper-scan';
import { stepEnvironment } from './step-environment';

/** Where the scratch of `disco shell` for a node and root is kept between runs (and read by diff). */
export function savedScratch(node: string, root: string): string {
  const key = createHash('sha256').update(root).digest('hex').slice(0, 12);
  return join(stateDir(), 'shell', `${node}-${key}`, 'upper');
}

/**
 * An interactive bash inside the sandbox (the seed's disco-sh-shell): the same overlay, namespaces
 * and shims as a noop dance; what it changes is kept for `disco diff` and the next shell.
 */
export async function openShell(repoRoot: string, plan: Plan, root: string, blocked: string[]): Promise<number> {
  const saved = savedScratch(plan.node, root);
  mkdirSync(join(saved, '..'), { recursive: true });
  const share = prepareShare(root, plan, blocked);
  try {
    const child = spawn(
      helperBinary(),
      ['run', '--root', root, '--scratch', share.scratch, '--share', share.share, '--repo', repoRoot, '--host', plan.node,
        '--layer', share.layer, '--shell', '1', '--restore', saved, '--save', saved],
      { stdio: ['inherit', 'inherit', 'inherit', 'pipe'], env: { ...stepEnvironment(plan.node, 'noop'), BASH_ENV: '' } },
    );
    child.stdio[3]?.on('error', () => undefined);
    (child.stdio[3] as NodeJS.WritableStream).end();
    return await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 2)));
  } finally {
    rmSync(share.dir, { recursive: true, force: true });
  }
}

/** What the shell's scratch holds for a node and root: the seed's disco-fs-diff. */
export function pendingChanges(node: string, root: string): Change[] {
  const saved = savedScratch(node, root);
  if (!existsSync(saved)) throw new InputError(`no shell scratch for node '${node}' on root '${root}' (run disco shell first)`);
  const listing = execFileSync(helperBinary(), ['scan', saved], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const records = listing.split('\n').filter((line) => line.startsWith('F\t')).map((line) => line.split('\t').slice(1));
  const before = readAccounts(root);
  return computeChanges(parseScan(records.map((r) => r.map(unescapeField))), {
    root,
    upper: saved,
    before,
    after: readAccounts(saved, before),
  });
}

/** Discards the kept scratch of a node and root. */
export function resetShell(node: string, root: string): void {
  rmSync(join(savedScratch(node, root), '..'), { recursive: true, force: true });
}
