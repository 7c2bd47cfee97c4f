import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { capForBudget, cutToBytes } from '../../../src/reporters/fit-diffs';
import { fenced, fenceFor, htmlCode, mdCode, mdLink, mdText, sourceUrl } from '../../../src/reporters/markdown';
import { renderMarkdown } from '../../helpers/rendered-markdown';

const inParagraph = (markdown: string): string => renderMarkdown(markdown).trim();

describe('Markdown escaping', () => {
  it('renders untrusted text literally, as text', () => {
    const nasty = '*a* _b_ `c` [d](http://e) <b>f</b> | g ~~h~~ $x$ \\ & &amp; www.evil.example https://evil.example';
    const html = inParagraph(`x ${mdText(nasty)}`);
    assert.equal(html, '<p>x *a* _b_ `c` [d](http://e) &lt;b&gt;f&lt;/b&gt; | g ~~h~~ $x$ \\ &amp; &amp;amp; www.evil.example https://evil.example</p>');
  });

  it('breaks @mentions and #references with a zero-width space', () => {
    assert.equal(mdText('@octocat #12'), '@\u200boctocat #\u200b12');
  });

  it('keeps text on one line, showing control characters', () => {
    assert.equal(inParagraph(mdCode('a\nb\u0007')), '<p><code>a\\x0ab\\x07</code></p>');
    assert.equal(htmlCode('</summary><b>'), '<code>&lt;/summary&gt;&lt;b&gt;</code>');
  });

  it('never lets text break out of a table cell or its code (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('|', '`', '<', '>', '&', '\\', '*', '\n', 'a', ' ', '[', ']', '(', ')'), maxLength: 20 });
    fc.assert(
      fc.property(text, (value) => {
        const html = renderMarkdown(`| a | b |\n|--|--|\n| ${mdCode(value)} | end |\n`);
        assert.equal((html.match(/<td>/g) ?? []).length, 2, html);
        assert.equal((html.match(/<code>/g) ?? []).length, 1, html);
        assert.match(html, /<td>end<\/td>/);
      }),
      { numRuns: 300 },
    );
  });

  it('fences content with more backticks than its longest run', () => {
    assert.equal(fenceFor('plain'), '```');
    assert.equal(fenceFor('a ```` b'), '`````');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('`', '~', '\n', 'a', ' '), maxLength: 40 }), (content) => {
        const html = renderMarkdown(`${fenced(content, 'text')}\n\nAFTER\n`);
        assert.match(html, /<p>AFTER<\/p>/, `fence held for ${JSON.stringify(content)}`);
        assert.equal((html.match(/<pre>/g) ?? []).length, 1);
      }),
      { numRuns: 300 },
    );
  });

  it('builds blob links with encoded paths and angle-bracket destinations', () => {
    const url = sourceUrl('https://github.com/a/b/', 'abc', 'modules/x y/(p)|q.sh', 3);
    assert.equal(url, 'https://github.com/a/b/blob/abc/modules/x%20y/(p)%7Cq.sh#L3');
    assert.equal(sourceUrl('https://github.com/a/b', 'abc/infra/', 'modules/m/x.sh', 1), 'https://github.com/a/b/blob/abc/infra/modules/m/x.sh#L1');
    assert.match(renderMarkdown(mdLink('here', url)), /<a href="https:\/\/github\.com\/a\/b\/blob\/abc\/modules\/x%20y\/\(p\)%7Cq\.sh#L3">here<\/a>/);
  });
});

describe('diff budget arithmetic', () => {
  it('caps only the largest: Σ min(size, cap) fits the budget (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(10_000), { maxLength: 30 }), fc.nat(100_000), (sizes, budget) => {
        const cap = capForBudget(sizes, budget);
        const used = sizes.reduce((sum, s) => sum + Math.min(s, cap), 0);
        assert.ok(used <= budget || sizes.length === 0);
        // The cap is the largest that fits: one byte more and the diffs above it would not.
        if (cap !== Infinity) assert.ok(sizes.reduce((sum, s) => sum + Math.min(s, cap + 1), 0) > budget);
        if (sizes.reduce((a, b) => a + b, 0) <= budget) assert.equal(cap, Infinity);
      }),
    );
  });

  it('cuts text at a line boundary within a byte count', () => {
    assert.equal(cutToBytes('ab\ncd\nef', 5), 'ab\ncd');
    assert.equal(cutToBytes('ab\ncd\nef', 4), 'ab');
    assert.equal(cutToBytes('é\né', 2), 'é');
    assert.equal(cutToBytes('abc', 2), '');
  });
});
