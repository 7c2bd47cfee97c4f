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
