/** The seed's disco-param output shapes: `key = value`, and `key = {}` for a directory. */
import type { ParamNode } from './param-tree';

/** A stored value as printed: one trailing newline belongs to the file, not to the value. */
export function valueText(content: string): string {
  return content.endsWith('\n') ? content.slice(0, -1) : content;
}

/** What `get` prints for a node (without the final newline). */
export function formatGet(node: ParamNode): string {
  return node.type === 'dir' ? '{}' : valueText(node.value);
}

/** `dump` lines, one per node, in the given order. */
export function formatDump(nodes: ParamNode[]): string[] {
  return nodes.map((node) => `${node.key} = ${formatGet(node)}`);
}
