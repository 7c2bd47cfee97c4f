/** Finds one cycle among ordering edges, so the error can name every module on it. */
import { compareNames } from './compare';

export interface OrderEdge<T = unknown> {
  /** `first` runs before `then`. */
  first: string;
  then: string;
  /** What the edge came from (a requires statement). */
  cause: T;
}

/**
 * Pure: the edges of the first cycle met by a depth-first search in name order, rotated to start
 * at its alphabetically first module; undefined when there is none.
 */
export function findCycle<T>(nodes: string[], edges: OrderEdge<T>[]): OrderEdge<T>[] | undefined {
  const outgoing = new Map<string, OrderEdge<T>[]>();
  for (const edge of edges) outgoing.set(edge.first, [...(outgoing.get(edge.first) ?? []), edge]);
  for (const list of outgoing.values()) list.sort((a, b) => compareNames(a.then, b.then));

  const done = new Set<string>();
  const path: OrderEdge<T>[] = [];
  const onPath = new Set<string>();

  const visit = (node: string): OrderEdge<T>[] | undefined => {
    onPath.add(node);
    for (const edge of outgoing.get(node) ?? []) {
      if (onPath.has(edge.then)) {
        const start = path.findIndex((step) => step.first === edge.then);
        return rotate([...(start < 0 ? [] : path.slice(start)), edge]);
      }
      if (done.has(edge.then)) continue;
      path.push(edge);
      const found = visit(edge.then);
      if (found) return found;
      path.pop();
    }
    onPath.delete(node);
    done.add(node);
    return undefined;
  };

  for (const node of [...nodes].sort(compareNames)) {
    if (done.has(node)) continue;
    const found = visit(node);
    if (found) return found;
  }
  return undefined;
}

function rotate<T>(cycle: OrderEdge<T>[]): OrderEdge<T>[] {
  const first = cycle.reduce((best, edge, index) => (compareNames(edge.first, cycle[best]!.first) < 0 ? index : best), 0);
  return [...cycle.slice(first), ...cycle.slice(0, first)];
}
