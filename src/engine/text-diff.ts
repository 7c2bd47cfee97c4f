import { createTwoFilesPatch } from 'diff';

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
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.length < content.length ? head.subarray(0, lastCharBoundary(head)) : head);
    return false;
  } catch {
    return true;
  }
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
  const patch =
    oldText === '' || newText === ''
      ? oneSidedPatch(oldName, newName, oldText, newText)
      : createTwoFilesPatch(oldName, newName, oldText, newText, undefined, undefined, { context: 3 });
  const body = patch.replace(/^=+\n/m, '').replace(/^Index: .*\n/m, '');
  if (body.length <= MAX_DIFF) return { diff: body };
  return { diff: body.slice(0, MAX_DIFF) + `\n(diff cut at ${MAX_DIFF} of ${body.length} characters)\n`, diffTruncated: true };
}

/**
 * What createTwoFilesPatch prints when one side is empty (a file created or deleted, the commonest
 * change), without running the diff: every line of the other side added or removed, in one hunk.
 * Its header comes from the library itself (diffing two empty texts costs nothing), so the file
 * names are quoted exactly as it quotes them.
 */
function oneSidedPatch(oldName: string, newName: string, oldText: string, newText: string): string {
  const header = createTwoFilesPatch(oldName, newName, '', '', undefined, undefined, { context: 3 });
  const text = oldText || newText;
  if (!text) return header;
  const lines = text.split('\n');
  const lastComplete = lines[lines.length - 1] === '';
  if (lastComplete) lines.pop();
  const sign = oldText ? '-' : '+';
  const range = oldText ? `-1,${lines.length} +0,0` : `-0,0 +1,${lines.length}`;
  const body = lines.map((line) => sign + line).join('\n');
  return `${header}@@ ${range} @@\n${body}\n${lastComplete ? '' : '\\ No newline at end of file\n'}`;
}
