/** ssh joins its arguments into one string for the remote shell: quote every word ourselves. */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

export const shellJoin = (words: string[]): string => words.map(shellQuote).join(' ');
