/**
 * DanceReports → Markdown for $GITHUB_STEP_SUMMARY and the PR comment: the delta first when base
 * reports are given, a headline table, then one `<details>` per node and module. It never exceeds
 * `maxBytes`: the largest diffs are trimmed first; if that is not enough, passing modules collapse
 * to one line, then all modules, then only failed nodes keep a section (listing their failed
 * modules), then the sections go, and last the table keeps only the rows that fit. The headline
 * stays, and a note under the title says what was left out.
 */
import type { DanceReport } from '../model/dance-report';
import { computeDelta, DEFAULT_DELTA_THRESHOLDS, type DeltaThresholds } from './delta';
import { capForBudget, cutToBytes } from './fit-diffs';
import { mdCode, mdText } from './markdown';
import { countBlocked, countReportChanges, isModuleFailed, isReportFailed, reportTime } from './report-facts';
import { deltaMarkdown } from './summary-delta';
import { nodeDetails, statusIcon, type DiffSlot, type LinkOptions, type ModuleView, type Part } from './summary-sections';
import { clip, formatBytes, formatSeconds, plural } from './text';

/** GitHub's limit for one step's summary. */
export const STEP_SUMMARY_MAX_BYTES = 1024 * 1024;
/** GitHub's limit for a comment body (characters; a byte budget of this size is always within it). */
export const COMMENT_MAX_CHARS = 65536;
/** Below this not even the headline and the trim note are sure to fit. */
export const MIN_SUMMARY_BYTES = 4096;

export interface SummaryOptions extends LinkOptions {
  /** Budget in UTF-8 bytes; default STEP_SUMMARY_MAX_BYTES. Use COMMENT_MAX_CHARS for a PR comment. */
  maxBytes?: number;
  /** Reports of the base revision: the summary then leads with the delta. */
  base?: DanceReport[];
  deltaThresholds?: DeltaThresholds;
}

interface Level {
  /** Per-module view inside node sections; null drops node sections. */
  view: ((failed: boolean) => ModuleView) | null;
  /** Only failed nodes get a section. */
  failedNodesOnly?: boolean;
  /** What the trim note says about this level. */
  says?: string;
}

const LEVELS: Level[] = [
  { view: () => 'full' },
  { view: (failed) => (failed ? 'full' : 'line'), says: 'passing modules collapsed to one line' },
  { view: () => 'line', says: 'every module collapsed to one line' },
  {
    view: (failed) => (failed ? 'line' : 'hidden'),
    failedNodesOnly: true,
    says: 'only failed nodes and their failed modules are detailed',
  },
  { view: null, says: 'per-node details left out' },
];
const NOTE_RESERVE = 1536;
const DIFF_NOTE_MAX = 96;
const MIN_SLOT_OVERHEAD = 2 * 3 + '\ndiff\n\n'.length + DIFF_NOTE_MAX;
const NAME_MAX = 100;

/**
 * The summary Markdown: title line, trim note, delta (with base reports), headline table, node
 * sections. Throws RangeError when `maxBytes` is below MIN_SUMMARY_BYTES.
 */
export function toSummary(reports: DanceReport[], options: SummaryOptions = {}): string {
  const budget = options.maxBytes ?? STEP_SUMMARY_MAX_BYTES;
  if (!(budget >= MIN_SUMMARY_BYTES)) throw new RangeError(`maxBytes must be at least ${MIN_SUMMARY_BYTES} (got ${budget})`);
  const ordered = [...reports.filter(isReportFailed), ...reports.filter((r) => !isReportFailed(r))];
  const title = titleLine(reports);
  const totals = totalsRow(reports);
  const delta = options.base ? computeDelta(options.base, reports, options.deltaThresholds ?? DEFAULT_DELTA_THRESHOLDS) : undefined;

  const table = [tableHeader(), ...ordered.map(nodeRow), totals, '\n'].join('');
  for (const level of LEVELS) {
    const { view } = level;
    const deltaPart = delta ? deltaMarkdown(delta, Math.floor(budget * (view ? 0.4 : 0.25))) : '';
    const room = budget - bytes(title) - bytes(table) - bytes(deltaPart) - NOTE_RESERVE;
    const detailed = level.failedNodesOnly ? ordered.filter(isReportFailed) : ordered;
    if (view && minSectionBytes(detailed, view) > room) continue;
    const parts: Part[] = view ? detailed.flatMap((r) => nodeDetails(r, (m) => view(isModuleFailed(m)), options)) : [];
    const rendered = fitParts(parts, room);
    if (!rendered) continue;
    const note = trimNote(budget, level.says, rendered.trimmed, rendered.cap);
    const text = title + note + deltaPart + table + rendered.text;
    if (bytes(text) <= budget) return text;
  }
  return tableOnly(ordered, title, totals, delta ? deltaMarkdown(delta, Math.floor(budget * 0.25)) : '', budget);
}

const bytes = (text: string): number => Buffer.byteLength(text);

// A lower bound of the node sections' size at a level (each figure is less than the smallest
// rendering of its item): a level that cannot fit is skipped without rendering a fleet in full.
function minSectionBytes(reports: DanceReport[], view: (failed: boolean) => ModuleView): number {
  let total = 0;
  for (const report of reports) {
    total += 100;
    for (const module of report.modules) {
      const shown = view(isModuleFailed(module));
      if (shown !== 'full') {
        total += shown === 'line' ? 30 : 0;
        continue;
      }
      total += 80 + 30 * module.steps.length + 30 * module.blocked.length;
      for (const change of module.changes) total += 16 + (change.diff && !change.binary ? MIN_SLOT_OVERHEAD : 0);
    }
  }
  return total;
}

function titleLine(reports: DanceReport[]): string {
  const failed = reports.filter(isReportFailed).length;
  const modes = [...new Set(reports.map((r) => r.mode))];
  const what = failed > 0 ? `${failed} of ${plural(reports.length, 'node')} failed` : `${plural(reports.length, 'node')} passed`;
  return `### ${statusIcon(failed > 0)} disco${modes.length === 1 ? ` ${modes[0]}` : ''}: ${what}\n\n`;
}

const tableHeader = (): string =>
  '| Node | Status | Created | Modified | Deleted | Blocked | Time |\n|:--|:--|--:|--:|--:|--:|--:|\n';

function nodeRow(report: DanceReport): string {
  const counts = countReportChanges(report);
  const failed = isReportFailed(report);
  const cells = [
    `${mdCode(clip(report.node, NAME_MAX))} (${mdText(report.mode)})`,
    `${statusIcon(failed)} ${failed ? 'failed' : 'passed'}`,
    counts.created, counts.modified, counts.deleted, countBlocked(report), formatSeconds(reportTime(report)),
  ];
  return `| ${cells.join(' | ')} |\n`;
}

function totalsRow(reports: DanceReport[]): string {
  const sum = { created: 0, modified: 0, deleted: 0, blocked: 0, time: 0 };
  for (const report of reports) {
    const counts = countReportChanges(report);
    sum.created += counts.created;
    sum.modified += counts.modified;
    sum.deleted += counts.deleted;
    sum.blocked += countBlocked(report);
    sum.time += reportTime(report);
  }
  const failed = reports.filter(isReportFailed).length;
  const cells = [
    `**Total** (${plural(reports.length, 'node')})`,
    `${failed} failed`,
    sum.created, sum.modified, sum.deleted, sum.blocked, formatSeconds(sum.time),
  ];
  return `| ${cells.join(' | ')} |\n`;
}

interface Fitted {
  text: string;
  cap: number;
  /** Diffs that were cut, largest first. */
  trimmed: DiffSlot[];
}

// Strings are kept whole; diffs share what is left, the largest cut first. null: no room even
// with every diff cut to nothing.
function fitParts(parts: Part[], room: number): Fitted | null {
  const slots = parts.filter((p): p is DiffSlot => typeof p !== 'string');
  let fixed = 0;
  for (const part of parts) fixed += typeof part === 'string' ? bytes(part) : slotOverhead(part);
  if (fixed > room) return null;
  const cap = capForBudget(slots.map((s) => s.bytes), room - fixed);
  const trimmed = slots.filter((s) => s.bytes > cap).sort((a, b) => b.bytes - a.bytes);
  const text = parts.map((p) => (typeof p === 'string' ? p : renderSlot(p, cap))).join('');
  return { text, cap, trimmed };
}

const slotOverhead = (slot: DiffSlot): number => 2 * slot.fence.length + '\ndiff\n\n'.length + DIFF_NOTE_MAX;

function renderSlot(slot: DiffSlot, cap: number): string {
  if (slot.bytes <= cap) return `${slot.fence}diff\n${slot.text}\n${slot.fence}\n`;
  const shown = cutToBytes(slot.text, cap);
  const note = `_Diff trimmed to fit: ${formatBytes(bytes(shown))} of ${formatBytes(slot.bytes)} shown._\n`;
  return shown ? `${slot.fence}diff\n${shown}\n${slot.fence}\n${note}` : note;
}

function trimNote(budget: number, says: string | undefined, trimmed: DiffSlot[], cap: number): string {
  const what: string[] = [];
  if (trimmed.length > 0) {
    const largest = trimmed.slice(0, 5).map((s) => `${mdCode(clip(s.label, 120))} (${formatBytes(s.bytes)})`).join(', ');
    const which = trimmed.length === 1 ? 'the largest diff' : `the ${trimmed.length} largest diffs`;
    const shown = cap === 0 ? 'left out' : trimmed.length === 1 ? `cut to ${formatBytes(cap)}` : `cut to at most ${formatBytes(cap)} each`;
    what.push(`${which} ${shown}: ${largest}${trimmed.length > 5 ? ', …' : ''}`);
  }
  if (says) what.push(says);
  return what.length > 0 ? `> ✂️ Trimmed to fit ${formatBytes(budget)}: ${what.join('; ')}.\n\n` : '';
}

// Last resort: the headline with as many node rows as fit (failed nodes first), then a count.
function tableOnly(ordered: DanceReport[], title: string, totals: string, deltaPart: string, budget: number): string {
  const rows: string[] = [];
  let size = bytes(title) + bytes(tableHeader()) + bytes(totals) + bytes(deltaPart) + NOTE_RESERVE;
  for (const report of ordered) {
    const row = nodeRow(report);
    if (size + bytes(row) > budget) break;
    rows.push(row);
    size += bytes(row);
  }
  const left = ordered.length - rows.length;
  const leftFailed = ordered.slice(rows.length).filter(isReportFailed).length;
  const more = left > 0 ? `; ${plural(left, 'node')} not listed in the table (${leftFailed} failed)` : '';
  const note = `> ✂️ Trimmed to fit ${formatBytes(budget)}: per-node details left out${more}.\n\n`;
  return title + note + deltaPart + tableHeader() + rows.join('') + totals + '\n';
}
