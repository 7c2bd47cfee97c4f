/** The summary's lead section when base reports are given: what the change alters, within a byte cap. */
import { isUnchanged, type Delta } from './delta';
import { nodeLines } from './delta-text';
import { mdCode, mdText } from './markdown';
import { plural } from './text';

const UNCHANGED_LISTED = 20;
// Room kept for the closing "… more not shown" line.
const CLOSING_RESERVE = 200;

/** Markdown of the delta in at most `maxBytes` bytes; later differences are counted, not shown. */
export function deltaMarkdown(delta: Delta, maxBytes: number): string {
  const out: string[] = ['### What this change alters\n\n'];
  let size = Buffer.byteLength(out[0]);
  let omitted = 0;
  const push = (text: string): boolean => {
    const bytes = Buffer.byteLength(text);
    if (omitted > 0 || size + bytes > maxBytes - CLOSING_RESERVE) return false;
    out.push(text);
    size += bytes;
    return true;
  };
  const unchanged = delta.nodes.filter(isUnchanged);
  for (const node of delta.nodes) {
    if (isUnchanged(node)) continue;
    const lines = nodeLines(node);
    if (!push(`**${mdCode(node.node)} (${mdText(node.mode)})**\n\n`)) {
      omitted += lines.length;
      continue;
    }
    for (const [index, line] of lines.entries()) {
      if (!push(`- ${line.level === 'warning' ? '⚠️ ' : ''}${mdText(line.text)}\n`)) {
        omitted += lines.length - index;
        break;
      }
    }
    push('\n');
  }
  if (unchanged.length === delta.nodes.length) {
    push('No differences between base and head.\n\n');
  } else if (unchanged.length > 0) {
    const names = unchanged.slice(0, UNCHANGED_LISTED).map((n) => mdCode(n.node)).join(', ');
    const more = unchanged.length > UNCHANGED_LISTED ? `, and ${unchanged.length - UNCHANGED_LISTED} more` : '';
    if (!push(`No differences on ${plural(unchanged.length, 'node')}: ${names}${more}.\n\n`)) {
      push(`No differences on ${plural(unchanged.length, 'node')}.\n\n`);
    }
  }
  if (omitted > 0) out.push(`_… ${plural(omitted, 'more difference')} not shown here; \`disco delta\` lists them all._\n\n`);
  return out.join('');
}
