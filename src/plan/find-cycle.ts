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
  for (const edge of edges) {
    const list = outgoing.get(edge.first);
    if (list) list.push(edge);
    else outgoing.set(edge.first, [edge]);
  }
  for (const list of outgoing.values()) list.sort((a, b) => compareNames(a.then, b.then));

  const done = new Set<string>();
  const onPath = new Set<string>();
  // Depth-first with an explicit stack (a requires chain may be thousands of modules long): one
  // frame per module on the current path, `path` holding the edges that led to each but the first.
  const path: OrderEdge<T>[] = [];
  for (const start of [...nodes].sort(compareNames)) {
    if (done.has(start)) continue;
    const frames: { node: string; next: number }[] = [{ node: start, next: 0 }];
    onPath.add(start);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const out = outgoing.get(frame.node) ?? [];
      if (frame.next < out.length) {
        const edge = out[frame.next++]!;
        if (onPath.has(edge.then)) {
          const first = path.findIndex((step) => step.first === edge.then);
          return rotate([...(first < 0 ? [] : path.slice(first)), edge]);
        }
        if (done.has(edge.then)) continue;
        path.push(edge);
        onPath.add(edge.then);
        frames.push({ node: edge.then, next: 0 });
      } else {
        frames.pop();
        onPath.delete(frame.node);
        done.add(frame.node);
        path.pop();
      }
    }
  }
  return undefined;
}

function rotate<T>(cycle: OrderEdge<T>[]): OrderEdge<T>[] {
  const first = cycle.reduce((best, edge, index) => (compareNames(edge.first, cycle[best]!.first) < 0 ? index : best), 0);
  return [...cycle.slice(first), ...cycle.slice(0, first)];
}
