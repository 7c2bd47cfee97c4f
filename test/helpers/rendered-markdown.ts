/** Renders Markdown with `marked` (GFM) and counts the HTML elements the summary relies on. */
import { marked } from 'marked';

export const renderMarkdown = (markdown: string): string => marked.parse(markdown, { async: false, gfm: true });

/** Opening and closing tag counts of `tag` in `html`. */
export function tagCounts(html: string, tag: string): { open: number; close: number } {
  return {
    open: (html.match(new RegExp(`<${tag}(?=[\\s>])`, 'gi')) ?? []).length,
    close: (html.match(new RegExp(`</${tag}>`, 'gi')) ?? []).length,
  };
}

/** Tags whose counts must match in the rendered summary; any other raw tag must not appear at all. */
export const BALANCED_TAGS = ['details', 'summary', 'pre', 'code', 'table', 'a', 'ul', 'li', 'p', 'blockquote', 'strong', 'em'];

/** Problems found in the rendered HTML (empty when it is balanced and carries no foreign markup). */
export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  for (const tag of BALANCED_TAGS) {
    const { open, close } = tagCounts(html, tag);
    if (open !== close) problems.push(`<${tag}>: ${open} opened, ${close} closed`);
  }
  for (const foreign of ['script', 'img', 'iframe', 'b', 'style', 'h1', 'h2']) {
    if (tagCounts(html, foreign).open > 0) problems.push(`<${foreign}> present`);
  }
  return problems;
}
