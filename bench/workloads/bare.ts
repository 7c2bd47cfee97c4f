/**
 * The same templates and scripts run bare: bash alone, in a chroot copy of the same root, in the
 * dance's own order — the physical limit that disco's noop dance is compared with.
 *
 * Fairness: the bare run gets exactly the work the dance's steps do, and none of disco's own:
 * - the same root (a hard-link copy of the same cached root; nothing in it is written in place),
 *   the same bash and commands, the module files copied into it, and the node's merged parameters
 *   at /var/disco/parameters/<node>/ where the templates read them;
 * - a UTS namespace whose host name is the node (`unshare --uts`, as the sandbox has one), so
 *   `$(hostname)` answers the same;
 * - every template run as `bash TEMPLATE > TARGET` (parents made first, as disco's install does,
 *   with one `mkdir -p` for all of them), every script as `bash SCRIPT`, their output (stdout and
 *   stderr) kept in a log as disco keeps it, in the plan's order (from disco's own planner);
 * - `systemctl` is the root's fake one (a tiny sh script that exits 0), where disco runs its shim.
 * What the bare run does not do is disco's work: the sandbox, the shims and the prelude, the
 * per-step metrics and logs read back, the upper-layer scans, the diff and the report.
 * The timed part is the whole bare process (unshare → chroot → bash → every step), spawn to exit.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makePlan } from '../../src/plan/make-plan';
import { readRepo } from '../../src/plan/read-repo';
import { BenchError, linkCopy, run, WORK, type Ran } from '../lib/env';
import type { Workload } from './fleet';

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

export interface Bare {
  root: string;
  /** Files the templates and scripts create (to check a bare run did its work). */
  targets: string[];
  node: string;
}

/** Prepares a bare root for a workload: a copy of `root` with the repo, parameters and run script. */
export function prepareBare(workload: Workload, root: string): Bare {
  const plan = makePlan(readRepo(workload.repo), workload.node);
  const bare = join(WORK, `bare-${workload.name.toLowerCase()}`);
  linkCopy(root, bare);
  // The module repository, as the sandbox shows it at /run/disco/repo (a real copy: small).
  const repo = join(bare, 'bench-repo');
  for (const module of plan.modules) {
    for (const entry of [...module.templates, ...module.scripts]) {
      const target = join(repo, entry.source);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, readFileSync(join(workload.repo, entry.source)));
    }
  }
  const params = join(bare, 'var/disco/parameters', plan.node);
  for (const entry of plan.parameters) {
    const path = join(params, 'parameters', entry.key);
    if (entry.type === 'dir') mkdirSync(path, { recursive: true });
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, entry.value ?? '');
    }
  }
  mkdirSync(join(params, 'modules'), { recursive: true });
  for (const name of plan.order) writeFileSync(join(params, 'modules', name), '');

  const parents = new Set<string>();
  const lines = ['#!/bin/bash', '# disco bench: the dance\'s steps, run bare', 'cd /', 'exec 3>>/var/log/bench-bare.log'];
  const targets: string[] = [];
  for (const module of plan.modules) for (const t of module.templates) parents.add(dirname(t.target));
  lines.push(`mkdir -p ${[...parents].map(quote).join(' ')}`);
  for (const module of plan.modules) {
    if (module.files.length) throw new BenchError(`bare runs know no files/ steps (module ${module.name})`);
    for (const t of module.templates) {
      lines.push(`bash ${quote('/bench-repo/' + t.source)} > ${quote(t.target)} 2>&3`);
      targets.push(t.target);
    }
    for (const s of module.scripts) lines.push(`bash ${quote('/bench-repo/' + s.source)} >&3 2>&3`);
  }
  writeFileSync(join(bare, 'bench-run.sh'), lines.join('\n') + '\n');
  return { root: bare, targets, node: plan.node };
}

/** Removes what a bare run wrote, so the next run starts from the same root. */
export function resetBare(bare: Bare): void {
  rmSync(join(bare.root, 'etc/bench'), { recursive: true, force: true });
  rmSync(join(bare.root, 'var/log/bench-bare.log'), { force: true });
}

/** One timed bare run. */
export async function runBare(bare: Bare): Promise<Ran> {
  resetBare(bare);
  const ran = await run('unshare', ['--uts', 'sh', '-c', 'hostname "$1" && exec chroot "$2" /bin/bash /bench-run.sh', '-', bare.node, bare.root]);
  if (ran.code !== 0) throw new BenchError(`bare run in ${bare.root} failed (exit ${ran.code}): ${ran.stderr.trim()}`);
  const made = readdirSync(join(bare.root, 'etc/bench'), { recursive: true }).length;
  if (made < bare.targets.length) throw new BenchError(`bare run made ${made} of ${bare.targets.length} files`);
  return ran;
}
