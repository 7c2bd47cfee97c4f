/**
 * Splits a command line stored as text (the parameter tree's `disco/client/cmds/rsync`, the seed's
 * `rsync -qaWHe "ssh -i /home/disco/.ssh/id_rsa_disco"`) into words the way a POSIX shell would
 * quote them, so it can run as an argument array with no shell in between. Whatever only a shell
 * could do — expansions, substitutions, redirections, pipes, `~` — is refused, never guessed at.
 */
import { InputError } from '../model/errors';

const SPACE = new Set([' ', '\t', '\n']);
/** Unquoted, these would mean something to a shell that no argument array can express. */
const SHELL_ONLY = new Set(['|', '&', ';', '<', '>', '(', ')', '$', '`']);
/** Inside double quotes a backslash escapes only these; before anything else it is literal. */
const DQ_ESCAPABLE = new Set(['$', '`', '"', '\\', '\n']);

/** Pure: `culprit` names where the text came from (`--rsync`, `disco/client/cmds/rsync`). */
export function splitShellWords(text: string, culprit: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  const refuse = (what: string): never => {
    throw new InputError(`${what} in '${text.trim()}' needs a shell, and disco runs the command without one`, culprit);
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (SPACE.has(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
      i++;
    } else if (c === '#' && word === undefined) {
      // A comment runs to the end of the line, as in a shell.
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw new InputError(`unterminated ' quote in '${text.trim()}'`, culprit);
      word = (word ?? '') + text.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      let value = '';
      i++;
      for (; i < text.length && text[i] !== '"'; i++) {
        const d = text[i]!;
        if (d === '$' || d === '`') refuse(`'${d}' (expansion)`);
        if (d === '\\' && DQ_ESCAPABLE.has(text[i + 1] ?? '')) {
          if (text[i + 1] !== '\n') value += text[i + 1];
          i++;
        } else {
          value += d;
        }
      }
      if (i >= text.length) throw new InputError(`unterminated " quote in '${text.trim()}'`, culprit);
      word = (word ?? '') + value;
      i++;
    } else if (c === '\\') {
      if (i + 1 >= text.length) throw new InputError(`trailing backslash in '${text.trim()}'`, culprit);
      // Backslash-newline joins lines; any other escaped character stands for itself.
      if (text[i + 1] !== '\n') word = (word ?? '') + text[i + 1];
      i += 2;
    } else if (SHELL_ONLY.has(c)) {
      refuse(`'${c}'`);
    } else if (c === '~' && word === undefined) {
      refuse("'~' (home directory expansion; write the full path)");
    } else {
      word = (word ?? '') + c;
      i++;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}
