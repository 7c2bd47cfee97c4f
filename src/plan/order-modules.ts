/**
 * The dance order of a node's modules. The rule (documented in the README):
 *
 *   Take the modules in name order. Before a module runs, every module that must run before it
 *   (its `after` modules, and modules that declare `before` it) runs first, chosen by the same
 *   rule, unless it already ran.
 *
 * So with no requires at all the order is alphabetical, and neither readdir nor the order in which
 * a node lists its modules can change it. This is a depth-first post-order over "runs before"
 * edges, walked with an explicit stack so that a long `after` chain (thousands of modules) cannot
 * overflow the call stack. The unit tests pin this rule against a plain recursive reference.
 */
import { InputError } from '../model/errors';
import { compareNames } from './compare';
import { findCycle, type OrderEdge } from './find-cycle';
import type { Requirement } from './types';

export type RequirementEdge = OrderEdge<Requirement>;

/** Pure: `edges` only between `modules`. Throws an InputError naming every module on a cycle. */
export function orderModules(modules: string[], edges: RequirementEdge[]): string[] {
  const names = [...new Set(modules)].sort(compareNames);
  // For each module, the modules that must run before it, in name order, once each.
  const sets = new Map<string, Set<string>>();
  for (const edge of edges) sets.set(edge.then, (sets.get(edge.then) ?? new Set()).add(edge.first));
  const prerequisites = new Map([...sets].map(([name, set]) => [name, [...set].sort(compareNames)]));

  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  for (const start of names) {
    if (state.has(start)) continue;
    state.set(start, 'visiting');
    const stack: { name: string; next: number }[] = [{ name: start, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const before = prerequisites.get(top.name) ?? [];
      if (top.next < before.length) {
        const prerequisite = before[top.next++]!;
        const seen = state.get(prerequisite);
        if (seen === 'visiting') {
          const cycle = findCycle(names, edges);
          if (!cycle) throw new Error('orderModules: a module met again on its own path, yet no cycle found');
          throw cycleError(cycle);
        }
        if (seen === undefined) {
          state.set(prerequisite, 'visiting');
          stack.push({ name: prerequisite, next: 0 });
        }
      } else {
        stack.pop();
        state.set(top.name, 'done');
        order.push(top.name);
      }
    }
  }
  return order;
}

function cycleError(cycle: RequirementEdge[]): InputError {
  const path = [...cycle.map((edge) => edge.first), cycle[0]!.first].join(' → ');
  const statements = cycle.map(({ cause }) => `${cause.file}:${cause.line} '${cause.kind} ${cause.module}'`).join(', ');
  const first = cycle[0]!.cause;
  return new InputError(`cycle in requires: ${path} (→ = runs before; ${statements})`, first.file, first.line);
}
