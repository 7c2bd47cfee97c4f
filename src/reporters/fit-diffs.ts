/** Trimming diffs to a byte budget, largest first. */

/**
 * The largest per-diff cap C such that Σ min(size, C) ≤ budget: only diffs above C are cut, so the
 * largest are trimmed first and small ones stay whole. Infinity when everything fits.
 */
export function capForBudget(sizes: number[], budget: number): number {
  const sorted = [...sizes].sort((a, b) => a - b);
  let remaining = budget;
  for (let i = 0; i < sorted.length; i++) {
    const left = sorted.length - i;
    if (sorted[i] * left > remaining) return Math.max(0, Math.floor(remaining / left));
    remaining -= sorted[i];
  }
  return Infinity;
}

/** The longest prefix of whole lines of `text` within `maxBytes` UTF-8 bytes. */
export function cutToBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  const lines = text.split('\n');
  let size = 0;
  let count = 0;
  for (const line of lines) {
    const next = size + Buffer.byteLength(line) + (count > 0 ? 1 : 0);
    if (next > maxBytes) break;
    size = next;
    count++;
  }
  return lines.slice(0, count).join('\n');
}
