/**
 * The one way untrusted text (script output, file contents, diffs, paths) reaches a GitHub runner's
 * log: between `::stop-commands::<token>` and `::<token>::`. While commands are stopped the runner
 * acts on nothing but a command named exactly `<token>`, so no line of the text can set outputs,
 * add masks, annotate or resume — as long as the text cannot name the token.
 */
import { randomBytes } from 'node:crypto';

/** 128 random bits: unguessable, and never derived from the text it guards. */
export const randomToken = (): string => randomBytes(16).toString('hex');

/**
 * Wraps `text` so the runner executes none of it. The result starts at a line start and ends with
 * a line feed; write it where a new line begins. `makeToken` is for tests; it is asked again
 * whenever the text contains the token it gave (the runner compares tokens ignoring case).
 */
export function guardUntrusted(text: string, makeToken: () => string = randomToken): string {
  const lower = text.toLowerCase();
  let token = makeToken();
  for (let attempt = 0; token === '' || lower.includes(token.toLowerCase()); attempt++) {
    if (attempt >= 100) throw new Error('guardUntrusted: the token source keeps returning tokens found in the text');
    token = makeToken();
  }
  const body = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  return `::stop-commands::${token}\n${body}::${token}::\n`;
}

/** Untrusted text written as it comes (a dance's output, module by module), guarded throughout. */
export interface StreamGuard {
  write(text: string): void;
  /** Resumes commands; call it once, after the last write (also when the work failed). */
  close(): void;
}

/**
 * `guardUntrusted` for a stream: the first write opens `::stop-commands::<token>`, `close` resumes
 * with `::<token>::`, each on a line of its own. Should a write ever contain the token, the guard
 * resumes and stops again with a fresh token not in that text before writing it, so the text is
 * written whole and can still never name the token in force — also when the token would span two
 * writes (the last 256 characters of an unfinished line count with the next write).
 */
export function guardStream(out: (text: string) => void, makeToken: () => string = randomToken): StreamGuard {
  let token: string | undefined;
  let atLineStart = true;
  // The end of the line being written, when it is unfinished: a token could span two writes.
  let carry = '';
  const freshToken = (text: string): string => {
    const lower = text.toLowerCase();
    for (let attempt = 0; attempt < 100; attempt++) {
      const next = makeToken();
      if (next !== '' && !lower.includes(next.toLowerCase())) return next;
    }
    throw new Error('guardStream: the token source keeps returning tokens found in the text');
  };
  const line = (text: string): void => {
    out(`${atLineStart ? '' : '\n'}${text}\n`);
    atLineStart = true;
  };
  return {
    write(text) {
      if (!text) return;
      const seen = carry + text;
      if (token === undefined || seen.toLowerCase().includes(token.toLowerCase())) {
        if (token !== undefined) line(`::${token}::`);
        token = freshToken(seen);
        line(`::stop-commands::${token}`);
      }
      out(text);
      atLineStart = text.endsWith('\n');
      carry = atLineStart ? '' : seen.slice(Math.max(seen.search(/[^\r\n]*$/), seen.length - 256));
    },
    close() {
      if (token !== undefined) line(`::${token}::`);
      token = undefined;
    },
  };
}
