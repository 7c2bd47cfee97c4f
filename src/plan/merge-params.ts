/**
 * Layered parameters: each layer overrides the ones before it, key by key. A value replacing a
 * directory drops that directory's children; a directory replacing a value drops the value.
 * makePlan layers module defaults in dance order and the node's own values last (node wins).
 */
import { comparePaths } from './compare';
import type { ParamEntry, ParamTree } from './types';

/** Pure: `layers` lowest priority first; each tree lists a directory before its children. */
export function mergeParams(layers: ParamTree[]): ParamTree {
  const merged = new Map<string, ParamEntry>();
  for (const layer of layers) {
    for (const entry of layer) {
      if (entry.type === 'value' && merged.get(entry.key)?.type === 'dir') dropChildren(merged, entry.key);
      merged.set(entry.key, entry);
    }
  }
  return [...merged.values()].sort((a, b) => comparePaths(a.key, b.key));
}

function dropChildren(tree: Map<string, ParamEntry>, key: string): void {
  for (const child of tree.keys()) if (child.startsWith(key + '/')) tree.delete(child);
}
