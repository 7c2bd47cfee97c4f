/**
 * The dance order of a node's modules. The rule (documented in the README):
 *
 *   Take the modules in name order. Before a module runs, every module that must run before it
 *   (its `after` modules, and modules that declare `before` it) runs first, chosen by the same
 *   rule, unless it already ran.
 *
 * So with no requires at all the order is alphabetical, and neither readdir nor the order in which
 * a node lists its modules can change it. This is a depth-first topological sort, done by the
 * `toposort` package on "depends on" edges: toposort visits its node list and each node's edges
 * from the end, so both are given in descending name order and the result, reversed, is the
 * post-order described above. The unit tests pin this rule.
 */
import toposort from 'toposort';
import { InputError } from '../model/errors';
import { compareNames } from './compare';
import { findCycle, type OrderEdge } from './find-cycle';
import type { Requirement } from './types';

export type RequirementEdge = OrderEdge<Requirement>;

/** Pure: `edges` only between `modules`. Throws an InputError naming every module on a cycle. */
export function orderModules(modules: string[], edges: RequirementEdge[]): string[] {
  const descending = (a: string, b: string): number => compareNames(b, a);
  const nodes = [...new Set(modules)].sort(descending);
  const dependsOn = edges
    .map((edge): [string, string] => [edge.then, edge.first])
    .sort((a, b) => descending(a[1], b[1]));
  try {
    return toposort.array(nodes, dependsOn).reverse();
  } catch (error) {
    const cycle = findCycle(nodes, edges);
    if (!cycle) throw error;
    throw cycleError(cycle);
  }
}

function cycleError(cycle: RequirementEdge[]): InputError {
  const path = [...cycle.map((edge) => edge.first), cycle[0]!.first].join(' → ');
  const statements = cycle.map(({ cause }) => `${cause.file}:${cause.line} '${cause.kind} ${cause.module}'`).join(', ');
  const first = cycle[0]!.cause;
  return new InputError(`cycle in requires: ${path} (→ = runs before; ${statements})`, first.file, first.line);
}
