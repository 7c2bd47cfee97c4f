/**
 * The collapsible per-node and per-module sections of the summary, as parts: Markdown strings and
 * diff slots whose size the budget decides later.
 */
import type { BlockedCommand, Change, DanceReport, ModuleResult, Step } from '../model/dance-report';
import { describeChange } from './describe-change';
import { blockText, fenceFor, fenced, htmlCode, htmlText, mdCode, mdLink, mdText, sourceUrl } from './markdown';
import {
  countBlocked, countChanges, countReportChanges, isModuleFailed, isReportFailed, isStepFailed,
  moduleTime, reportTime, stepLabel, stepsMemMax,
} from './report-facts';
import { clip, formatKiB, formatSeconds, plural, tail } from './text';

/** A diff whose shown size is decided by the budget. */
export interface DiffSlot {
  text: string;
  bytes: number;
  fence: string;
  /** `/etc/x on web1`, for the trim note. */
  label: string;
}

export type Part = string | DiffSlot;

export interface LinkOptions {
  repoUrl?: string;
  sha?: string;
}

/** How much of a module to show: everything, one line, or only a count of such modules. */
export type ModuleView = 'full' | 'line' | 'hidden';

const OUTPUT_TAIL_LINES = 30;
const OUTPUT_TAIL_CHARS = 4000;

export const statusIcon = (failed: boolean): string => (failed ? '❌' : '✅');

/** `1 created · 2 modified · 1 blocked · 0.56 s · 4592 KiB` (only non-zero counts). */
export function moduleFacts(module: ModuleResult): string {
  const counts = countChanges(module.changes);
  const facts: string[] = [];
  const failedSteps = module.steps.filter(isStepFailed).length;
  if (failedSteps > 0) facts.push(`${plural(failedSteps, 'failed step')}`);
  if (counts.created) facts.push(`${counts.created} created`);
  if (counts.modified) facts.push(`${counts.modified} modified`);
  if (counts.deleted) facts.push(`${counts.deleted} deleted`);
  if (module.blocked.length) facts.push(`${module.blocked.length} blocked`);
  facts.push(formatSeconds(moduleTime(module)), formatKiB(stepsMemMax(module.steps)));
  return facts.join(' · ');
}

/** One list item for a module shown collapsed. */
export function moduleLine(module: ModuleResult): string {
  const failing = module.steps.filter(isStepFailed).map((s) => `${mdCode(stepLabel(s))} (exit ${s.exitCode})`);
  const failed = failing.length > 0 ? ` — failed: ${failing.slice(0, 3).join(', ')}${failing.length > 3 ? ', …' : ''}` : '';
  return `- ${statusIcon(isModuleFailed(module))} ${mdCode(module.name)} — ${moduleFacts(module)}${failed}`;
}

/** A module's `<details>` block: steps, failing output, changes with diffs, blocked commands. */
export function moduleDetails(node: string, module: ModuleResult, links: LinkOptions): Part[] {
  const parts: Part[] = [
    `<details><summary>${statusIcon(isModuleFailed(module))} ${htmlCode(module.name)} — ${htmlText(moduleFacts(module))}</summary>\n\n`,
    stepTable(module.steps),
    ...failedOutputs(module.steps),
  ];
  if (module.changes.length > 0) {
    parts.push('**Changes**\n\n');
    for (const change of module.changes) parts.push(...changeParts(node, change));
    parts.push('\n');
  }
  if (module.blocked.length > 0) {
    parts.push('**Would execute**\n\n', ...module.blocked.map((b) => blockedItem(b, links)), '\n');
  }
  parts.push('</details>\n\n');
  return parts;
}

function stepTable(steps: Step[]): string {
  if (steps.length === 0) return '_No steps._\n\n';
  const rows = steps.map((s) => {
    const result = `${statusIcon(isStepFailed(s))} exit ${s.exitCode}${s.reason !== undefined ? ` (${mdText(s.reason)})` : ''}`;
    return `| ${mdCode(stepLabel(s))} | ${result} | ${formatSeconds(s.metrics.time_real)} | ${formatKiB(s.metrics.mem_max)} |`;
  });
  return ['| Step | Result | Time | Max memory |', '|:--|:--|--:|--:|', ...rows].join('\n') + '\n\n';
}

/** Output tails of the failed steps, each in a fenced block. */
export function failedOutputs(steps: Step[]): string[] {
  return steps.filter(isStepFailed).map((step) => {
    const { text, omittedLines } = tail(blockText(step.output), OUTPUT_TAIL_LINES, OUTPUT_TAIL_CHARS);
    const intro = `Output of ${mdCode(stepLabel(step))}${omittedLines > 0 ? ` (last lines; ${omittedLines} earlier not shown)` : ''}:`;
    return text ? `${intro}\n\n${fenced(text, 'text')}\n\n` : `${intro} _none_\n\n`;
  });
}

function changeParts(node: string, change: Change): Part[] {
  const line = `- ${mdText(describeChange(change))}${change.diffTruncated ? ' _(diff cut by the engine)_' : ''}\n`;
  if (!change.diff || change.binary) return [line];
  const text = blockText(change.diff);
  return [line, '\n', { text, bytes: Buffer.byteLength(text), fence: fenceFor(text), label: `${change.path} on ${node}` }, '\n'];
}

function blockedItem(blocked: BlockedCommand, links: LinkOptions): string {
  const where = mdCode(`${blocked.source}:${blocked.line}`);
  const place = links.repoUrl && links.sha ? mdLink(where, sourceUrl(links.repoUrl, links.sha, blocked.source, blocked.line)) : where;
  return `- ${mdCode(blocked.command)} at ${place}\n`;
}

/** `failed · 3 modules (1 failed) · 1 created · 1 blocked · 4.20 s` for a node's summary line. */
export function nodeFacts(report: DanceReport): string {
  const counts = countReportChanges(report);
  const failedModules = report.modules.filter(isModuleFailed).length;
  const facts = [
    isReportFailed(report) ? 'failed' : 'passed',
    ...(report.interrupted ? ['interrupted'] : []),
    `${plural(report.modules.length, 'module')}${failedModules ? ` (${failedModules} failed)` : ''}`,
  ];
  if (counts.created) facts.push(`${counts.created} created`);
  if (counts.modified) facts.push(`${counts.modified} modified`);
  if (counts.deleted) facts.push(`${counts.deleted} deleted`);
  const blocked = countBlocked(report);
  if (blocked) facts.push(`${blocked} blocked`);
  facts.push(formatSeconds(reportTime(report)));
  return facts.join(' · ');
}

/** A node's `<details>` block; `view` decides per module how much of it is shown. */
export function nodeDetails(report: DanceReport, view: (module: ModuleResult) => ModuleView, links: LinkOptions): Part[] {
  const icon = statusIcon(isReportFailed(report));
  const parts: Part[] = [
    `<details><summary>${icon} ${htmlCode(report.node)} (${htmlText(report.mode)}) — ${htmlText(nodeFacts(report))}</summary>\n\n`,
  ];
  if (report.errors.length > 0) {
    const items = report.errors.map((e) => `- ${mdCode(clip(e.message, 500))}${e.source ? ` (${mdCode(e.source)})` : ''}\n`);
    parts.push('**Errors**\n\n', ...items, '\n');
  }
  const internal = report.internal ?? [];
  if (internal.length > 0) {
    const phases = internal.map((s) => `${statusIcon(isStepFailed(s))} ${mdCode(s.name)} ${formatSeconds(s.metrics.time_real)}`);
    parts.push(`disco's own phases: ${phases.join(' · ')}\n\n`, ...failedOutputs(internal));
  }
  const lines: string[] = [];
  let hidden = 0;
  for (const module of report.modules) {
    const shown = view(module);
    if (shown === 'full') parts.push(...moduleDetails(report.node, module, links));
    else if (shown === 'line') lines.push(moduleLine(module));
    else hidden++;
  }
  if (hidden > 0) lines.push(`- _${plural(hidden, 'passing module')} not listed_`);
  if (lines.length > 0) parts.push(lines.join('\n') + '\n\n');
  parts.push('</details>\n\n');
  return parts;
}
