/**
 * The modules of one node's dance: those the node lists, plus every module a member's `requires`
 * names — `after X` and `before X` both pull X in. Each member keeps the first file (and line)
 * that asked for it, which is also what a missing module is reported against.
 */
import { InputError } from '../model/errors';
import { compareNames } from './compare';
import type { Inclusion, ModuleDef, NodeDef, Repo } from './types';

export interface Closure {
  /** Member names, sorted. */
  members: string[];
  reasons: Record<string, Inclusion>;
}

/** Pure. Visits breadth-first from the node's modules in name order, so reasons are stable. */
export function collectClosure(repo: Repo, node: NodeDef): Closure {
  const reasons: Record<string, Inclusion> = {};
  const queue: string[] = [];
  const add = (module: string, reason: Inclusion): void => {
    if (module in reasons) return;
    reasons[module] = reason;
    queue.push(module);
  };
  for (const module of [...node.modules].sort(compareNames)) {
    add(module, { via: 'node', file: `parameters/${node.name}/modules/${module}` });
  }
  while (queue.length) {
    const name = queue.shift()!;
    for (const requirement of findModule(repo, name, reasons[name]!).requires) {
      add(requirement.module, { via: requirement.kind, by: name, file: requirement.file, line: requirement.line });
    }
  }
  return { members: Object.keys(reasons).sort(compareNames), reasons };
}

function findModule(repo: Repo, name: string, reason: Inclusion): ModuleDef {
  const module = repo.modules.get(name);
  if (!module) throw new InputError(`module '${name}' not found (no modules/${name}/)`, reason.file, reason.line);
  return module;
}
