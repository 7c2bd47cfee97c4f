/**
 * Escaping for GitHub-flavoured Markdown built from untrusted text: nothing a module prints or
 * names can open markup, break out of a table cell or code block, link, mention or ping.
 */
import { oneLine, showControls, stripAnsi } from './text';

/** HTML special characters as entities. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

// GitHub links `@user`, `#123` and e-mail addresses in rendered text; a zero-width space after the
// sigil keeps the text as it reads and stops the link (and the notification).
const unlink = (text: string): string => text.replace(/[@#]/g, '$&\u200b');

// Backslash escapes for every ASCII punctuation that can start inline markup, a table cell break,
// math, or a `scheme:` / `www.` autolink.
const MARKUP = /[\\`*_{}[\]()!|~$:]|(?<=www)\./gi;

/** Untrusted text for a Markdown paragraph or table cell, on one line. */
export const mdText = (text: string): string => escapeHtml(unlink(oneLine(text)).replace(MARKUP, '\\$&'));

/** Untrusted text as inline code in Markdown (the `<code>` tag cannot be closed by backticks inside). */
export const mdCode = (text: string): string => `<code>${mdText(text)}</code>`;

/** Untrusted text inside a raw HTML block (e.g. `<summary>`), where Markdown is not parsed. */
export const htmlText = (text: string): string => escapeHtml(unlink(oneLine(text)));

export const htmlCode = (text: string): string => `<code>${htmlText(text)}</code>`;

/** Multi-line untrusted text made printable for a fenced block (terminal escapes dropped). */
export const blockText = (text: string): string => showControls(stripAnsi(text)).replace(/\n$/, '');

/** A backtick fence longer than any backtick run in `content`, so the content cannot close it. */
export function fenceFor(content: string): string {
  let longest = 0;
  for (const run of content.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return '`'.repeat(Math.max(3, longest + 1));
}

/** A fenced code block; `content` should come from blockText. */
export function fenced(content: string, info = '', fence = fenceFor(content)): string {
  return `${fence}${info}\n${content}\n${fence}`;
}

/**
 * `<repoUrl>/blob/<sha>/<path>#L<line>` with each segment encoded; `sha` may carry a path prefix
 * (`<sha>/infra` when the module repository is a folder of the GitHub repository).
 */
export function sourceUrl(repoUrl: string, sha: string, path: string, line?: number): string {
  const segments = (text: string): string => text.split('/').filter(Boolean).map(encodeURIComponent).join('/');
  return `${repoUrl.replace(/\/+$/, '')}/blob/${segments(sha)}/${segments(path)}${line !== undefined ? `#L${line}` : ''}`;
}

/** A Markdown link whose destination is in angle brackets (parentheses in it stay harmless). */
export const mdLink = (label: string, url: string): string => `[${label}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
