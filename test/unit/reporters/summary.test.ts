import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { DanceReport } from '../../../src/model/dance-report';
import { readReport } from '../../../src/report/read-report';
import { COMMENT_MAX_CHARS, MIN_SUMMARY_BYTES, STEP_SUMMARY_MAX_BYTES, toSummary } from '../../../src/reporters/summary';
import { makeBigReports } from '../../helpers/big-report';
import { htmlProblems, renderMarkdown, tagCounts } from '../../helpers/rendered-markdown';

const FIXTURES = 'test/fixtures/reports';
const fixture = (name: string): DanceReport => readReport(join(FIXTURES, name));
const heads = (): DanceReport[] =>
  readdirSync(FIXTURES).filter((f) => f.endsWith('.json') && !f.includes('.base.')).sort().map(fixture);
const bytes = (text: string): number => Buffer.byteLength(text);

function assertRendersBalanced(markdown: string): string {
  const html = renderMarkdown(markdown);
  assert.deepEqual(htmlProblems(html), [], 'rendered HTML is balanced and has no foreign markup');
  return html;
}

/** A report whose one change has a diff of `size` bytes. */
function withDiff(node: string, size: number, line = 'x'): DanceReport {
  const report = fixture('seed-localhost.json');
  report.node = node;
  const body = Array.from({ length: Math.ceil(size / (line.length + 2)) }, () => `+${line}`).join('\n');
  report.modules[1]!.changes[0]!.diff = `@@ -0,0 +1 @@\n${body}\n`;
  return report;
}

describe('toSummary content', () => {
  const summary = toSummary([fixture('seed-localhost.json'), fixture('failed-step.json')], {
    repoUrl: 'https://github.com/acme/infra/',
    sha: '0123abc',
  });
  const html = assertRendersBalanced(summary);

  it('starts with a headline table: node × status, created/modified/deleted, blocked, time', () => {
    assert.match(summary, /^### ❌ disco noop: 1 of 2 nodes failed\n\n\| Node \| Status \| Created \| Modified \| Deleted \| Blocked \| Time \|/);
    assert.match(summary, /\| <code>web1<\/code> \(noop\) \| ❌ failed \| 1 \| 1 \| 0 \| 1 \| 61\.31 s \|/);
    assert.match(summary, /\| <code>localhost\.localdomain<\/code> \(noop\) \| ✅ passed \| 2 \| 0 \| 0 \| 1 \| 2\.27 s \|/);
    assert.match(summary, /\| \*\*Total\*\* \(2 nodes\) \| 1 failed \| 3 \| 1 \| 0 \| 2 \| 63\.58 s \|/);
    assert.ok(summary.indexOf('web1') < summary.indexOf('localhost.localdomain'), 'failed nodes first');
  });

  it('has one <details> per node and per module, with time and memory per module', () => {
    assert.deepEqual(tagCounts(html, 'details'), { open: 2 + 5, close: 2 + 5 });
    assert.match(summary, /<summary>✅ <code>othermodule-3\.2<\/code> — 2 created · 0\.56 s · 4592 KiB<\/summary>/);
    assert.match(summary, /<summary>❌ <code>web<\/code> — 2 failed steps · 1 created · 1 blocked · 61\.27 s · 6100 KiB<\/summary>/);
  });

  it('shows diffs in fenced blocks and links blocked commands to source#Lline', () => {
    assert.match(summary, /```diff\n--- \/dev\/null\n\+\+\+ \/etc\/othermodule\/stuff\.cfg\n@@ -0,0 \+1,2 @@\n\+HOST=localhost\.localdomain\n\+KEY_VALUE=LOLTHISKEYMEANSNOTHING\n```/);
    assert.match(html, /<a href="https:\/\/github\.com\/acme\/infra\/blob\/0123abc\/modules\/testmodule-1\.0\/scripts\/10-service_stop\.sh#L3"><code>modules\/testmodule-1\.0\/scripts\/10-service_stop\.sh:3<\/code><\/a>/);
    assert.match(html, /<code>service postgresql stop<\/code>/);
  });

  it('shows the tail of a failed step’s output', () => {
    assert.match(summary, /Output of <code>script 20-reload\.sh<\/code> \(last lines; 271 earlier not shown\):\n\n```text\nreload line 272/);
  });

  it('shows blocked commands without links when no repo URL and SHA are given', () => {
    const plain = toSummary([fixture('seed-localhost.json')]);
    assert.ok(!plain.includes('](<'));
    assert.match(plain, /- <code>service postgresql stop<\/code> at <code>modules\/testmodule-1\.0\/scripts\/10-service\\_stop\.sh\\:3<\/code>/);
  });

  it('renders every fixture balanced', () => {
    for (const report of heads()) assertRendersBalanced(toSummary([report]));
  });
});

describe('toSummary with hostile content', () => {
  const summary = toSummary([fixture('hostile-output.json')], { repoUrl: 'https://github.com/a/b', sha: 'abc' });
  const html = assertRendersBalanced(summary);

  it('fences every block with more backticks than any run inside it', () => {
    assert.match(summary, /\n``````text\n::set-output/);
    assert.match(summary, /\n`````````diff\n--- \/dev\/null/);
  });

  it('lets no markup, link, mention or table break out of names, paths and output', () => {
    assert.ok(!html.includes('<script'));
    assert.ok(!html.includes('<b>two</b>'));
    assert.ok(!/href="http:\/\/evil/.test(html));
    assert.match(html, /&lt;\/details&gt;&lt;\/summary&gt;/, 'raw closing tags inside output stay text');
    const mentions = html.replace(/<pre>[\s\S]*?<\/pre>/g, '').replace(/<code>[\s\S]*?<\/code>/g, '');
    assert.ok(!/@octocat/.test(mentions), 'no bare @mention outside code');
  });

  it('keeps control characters visible and out of the Markdown', () => {
    assert.ok(!/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u001b\u007f]/.test(summary));
    assert.match(html, /controls: \\x00 \\x07/);
  });
});

describe('toSummary budgets', () => {
  it('defaults to GitHub’s 1 MiB step-summary limit and refuses budgets below the minimum', () => {
    assert.equal(STEP_SUMMARY_MAX_BYTES, 1048576);
    assert.equal(COMMENT_MAX_CHARS, 65536);
    assert.throws(() => toSummary([], { maxBytes: MIN_SUMMARY_BYTES - 1 }), RangeError);
  });

  it('trims the largest diffs first and says which', () => {
    const reports = [withDiff('small', 2000), withDiff('medium', 40000), withDiff('huge', 200000)];
    const summary = toSummary(reports, { maxBytes: 65536 });
    assert.ok(bytes(summary) <= 65536);
    assert.match(summary, /^### ✅ disco noop: 3 nodes passed\n\n> ✂️ Trimmed to fit 64\.0 KiB: the 2 largest diffs cut to at most [\d.]+ KiB each: <code>\/etc\/othermodule\/stuff\.cfg on huge<\/code> \(195\.3 KiB\), <code>\/etc\/othermodule\/stuff\.cfg on medium<\/code> \(39\.1 KiB\)\./);
    const small = summary.slice(summary.indexOf('<code>small</code> (noop) — '));
    assert.ok(!small.slice(0, small.indexOf('</details>\n\n</details>')).includes('Diff trimmed'), 'the small diff stays whole');
    assert.equal(summary.match(/_Diff trimmed to fit: [\d.]+ KiB of (195\.3|39\.1) KiB shown\._/g)?.length, 2);
    assertRendersBalanced(summary);
  });

  it('never exceeds the budget for a big fleet, degrading in steps and keeping the headline', async () => {
    const fleet = makeBigReports({ nodes: 60, modulesPerNode: 20, changesPerModule: 5, failEvery: 37 });
    for (const maxBytes of [STEP_SUMMARY_MAX_BYTES, 200_000, COMMENT_MAX_CHARS, 20_000, MIN_SUMMARY_BYTES]) {
      const summary = toSummary(fleet, { maxBytes });
      assert.ok(bytes(summary) <= maxBytes, `${bytes(summary)} > ${maxBytes}`);
      assert.ok(summary.length <= maxBytes);
      assert.match(summary, /^### ❌ disco noop: \d+ of 60 nodes failed\n\n> ✂️ Trimmed to fit/);
      assert.match(summary, /\| \*\*Total\*\* \(60 nodes\) \|/);
      assertRendersBalanced(summary);
    }
    assert.match(toSummary(fleet, { maxBytes: COMMENT_MAX_CHARS }), /only failed nodes and their failed modules are detailed|every module collapsed|passing modules collapsed/);
    assert.match(toSummary(fleet, { maxBytes: MIN_SUMMARY_BYTES }), /not listed in the table/);
  });

  it('never exceeds any budget for any mix of reports (property)', () => {
    const all = [...heads(), fixture('seed-localhost.base.json')];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...all.keys()), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: MIN_SUMMARY_BYTES, max: 40_000 }),
        fc.integer({ min: 0, max: 60_000 }),
        (picks, maxBytes, diffSize) => {
          const reports = picks.map((i, n) => ({ ...all[i]!, node: `${all[i]!.node}-${n}` }));
          if (diffSize > 0) reports.push(withDiff('big-diff', diffSize, '`'.repeat(5)));
          const summary = toSummary(reports, { maxBytes, base: [all[0]!] });
          assert.ok(bytes(summary) <= maxBytes, `${bytes(summary)} > ${maxBytes}`);
          assertRendersBalanced(summary);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('toSummary with base reports', () => {
  const summary = toSummary([fixture('seed-localhost.json')], { base: [fixture('seed-localhost.base.json')] });

  it('leads with the delta, before the headline table', () => {
    const delta = summary.indexOf('### What this change alters');
    assert.ok(delta > 0 && delta < summary.indexOf('| Node |'));
    assert.match(summary, /- ⚠️ new blocked command\\: service postgresql stop at modules\/testmodule-1\.0\/scripts\/10-service\\_stop\.sh\\:3/);
    assert.match(summary, /- effect altered\\: \/etc\/othermodule\/stuff\.cfg\\: mode 0600 → 0644; content/);
    assert.match(summary, /- ⚠️ slower\\: testmodule-1\.0 script 00-hello\.sh\\: time\\_real 0\.10 s → 0\.27 s \\\(\+170%\\\)/);
    assertRendersBalanced(summary);
  });

  it('says so when nothing differs', () => {
    const same = toSummary([fixture('seed-localhost.json')], { base: [fixture('seed-localhost.json')] });
    assert.match(same, /### What this change alters\n\nNo differences between base and head\./);
  });
});
