import { isUtf8 } from 'node:buffer';
import { createTwoFilesPatch, formatPatch } from 'diff';

/** Diffs above this are cut (the report says so); inputs above MAX_INPUT are not diffed at all. */
export const MAX_DIFF = 64 * 1024;
const MAX_INPUT = 2 * 1024 * 1024;

export interface TextDiff {
  diff?: string;
  binary?: boolean;
  diffTruncated?: boolean;
}

/** Binary when it holds a NUL byte or is not valid UTF-8 (as git and diff(1) decide, roughly). */
export function isBinary(content: Buffer): boolean {
  const head = content.subarray(0, 8000);
  if (head.includes(0)) return true;
  // Validated in place: no decoded copy of the sample is made.
  return !isUtf8(head.length < content.length ? head.subarray(0, lastCharBoundary(head)) : head);
}

/** Where to end an 8000-byte sample so that it does not split a UTF-8 sequence. */
function lastCharBoundary(buf: Buffer): number {
  for (let i = 1; i <= 3 && i <= buf.length; i++) {
    const byte = buf[buf.length - i];
    if (byte >= 0xc0) return buf.length - i;
    if (byte < 0x80) break;
  }
  return buf.length;
}

/** A unified diff of two versions of a file at `path`; either side may be absent. */
export function textDiff(path: string, before: Buffer | undefined, after: Buffer | undefined): TextDiff {
  if (before && after && before.equals(after)) return {};
  if ((before && isBinary(before)) || (after && isBinary(after))) return { binary: true };
  const total = (before?.length ?? 0) + (after?.length ?? 0);
  if (total > MAX_INPUT) {
    return { diff: `(not diffed: ${total} bytes of text exceed the ${MAX_INPUT}-byte diff limit)\n`, diffTruncated: true };
  }
  const [oldName, newName] = [before ? `a${path}` : '/dev/null', after ? `b${path}` : '/dev/null'];
  const [oldText, newText] = [before?.toString('utf8') ?? '', after?.toString('utf8') ?? ''];
  const body =
    oldText === '' || newText === ''
      ? withoutIndex(oneSidedPatch(oldName, newName, oldText, newText))
      : withoutIndex(withoutUnderline(createTwoFilesPatch(oldName, newName, oldText, newText, undefined, undefined, { context: 3 })));
  if (body.length <= MAX_DIFF) return { diff: body };
  return { diff: body.slice(0, MAX_DIFF) + `\n(diff cut at ${MAX_DIFF} of ${body.length} characters)\n`, diffTruncated: true };
}

/** The library's patch without its `===` line and `Index:` line (the first of each, as git has none). */
const withoutUnderline = (patch: string): string => patch.replace(/^=+\n/m, '');
const withoutIndex = (patch: string): string => patch.replace(/^Index: .*\n/m, '');

/**
 * What createTwoFilesPatch prints when one side is empty (a file created or deleted, the commonest
 * change), less its `===` line, without running the diff: every line of the other side added or
 * removed, in one hunk. Its header comes from the library itself (the patch of two empty texts),
 * so the file names are quoted exactly as it quotes them. (The `===` line is the first
 * one the pattern finds in the whole patch: the header comes first.)
 */
function oneSidedPatch(oldName: string, newName: string, oldText: string, newText: string): string {
  const header = withoutUnderline(formatPatch({ oldFileName: oldName, newFileName: newName, oldHeader: undefined, newHeader: undefined, hunks: [] }));
  const text = oldText || newText;
  if (!text) return header;
  const lastComplete = text.endsWith('\n');
  let lines = lastComplete ? 0 : 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  const sign = oldText ? '-' : '+';
  const range = oldText ? `-1,${lines} +0,0` : `-0,0 +1,${lines}`;
  // Every line gets the sign: after each line break but the last one of a text that ends with one.
  const body = sign + (lastComplete ? text.slice(0, -1) : text).replaceAll('\n', `\n${sign}`);
  return `${header}@@ ${range} @@\n${body}\n${lastComplete ? '' : '\\ No newline at end of file\n'}`;
}
