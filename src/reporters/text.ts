/** Plain-text helpers shared by the reporters: tails, clipping, visible control characters, units. */

// CSI/OSC sequences (colours, cursor moves, titles): noise in every presenter, and OSC can carry links.
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;

/** Removes terminal escape sequences. */
export const stripAnsi = (text: string): string => (text.includes('\u001b') ? text.replace(ANSI, '') : text);

/**
 * Shows control characters as `\xNN` so they survive as text: everything below 0x20 except tab
 * and line feed, DEL, C1 controls, lone CR, and U+2028/2029 (line breaks to some renderers).
 * Broken UTF-16 (a lone surrogate) becomes U+FFFD, as any UTF-8 writer would make it.
 */
export function showControls(text: string): string {
  if (!CONTROL.test(text) && !LONE_SURROGATE.test(text)) return text;
  return text.replace(/\r\n/g, '\n').replace(CONTROLS, hexEscape).replace(LONE_SURROGATES, '\ufffd');
}
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** Shows every control character, line feeds and tabs included: for text that must stay on one line. */
export const oneLine = (text: string): string =>
  text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, hexEscape).replace(LONE_SURROGATES, '\ufffd');

function hexEscape(c: string): string {
  const code = c.charCodeAt(0);
  return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`;
}

export interface Tail {
  text: string;
  /** Lines left out at the start. */
  omittedLines: number;
}

/** The last `maxLines` lines of `text`, at most `maxChars` characters (cut at a line start when it can). */
export function tail(text: string, maxLines: number, maxChars: number): Tail {
  const trimmed = text.endsWith('\n') ? text.slice(0, -1) : text;
  if (trimmed === '') return { text: '', omittedLines: 0 };
  const lines = trimmed.split('\n');
  let kept = lines.slice(-maxLines);
  let joined = kept.join('\n');
  if (joined.length > maxChars) {
    joined = joined.slice(joined.length - maxChars);
    const firstBreak = joined.indexOf('\n');
    if (firstBreak >= 0 && firstBreak < joined.length - 1) joined = joined.slice(firstBreak + 1);
    kept = joined.split('\n');
  }
  return { text: joined, omittedLines: lines.length - kept.length };
}

/** Cuts to at most `max` characters, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

/** The first line of `text`, clipped. */
export const firstLine = (text: string, max = 200): string => clip(text.split('\n', 1)[0] ?? '', max);

export const formatSeconds = (seconds: number): string => `${seconds.toFixed(2)} s`;

/** KiB as the seed reports memory, scaled for reading. */
export function formatKiB(kib: number): string {
  if (kib < 10 * 1024) return `${Math.round(kib)} KiB`;
  return `${(kib / 1024).toFixed(1)} MiB`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** "1 node", "2 nodes". */
export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
