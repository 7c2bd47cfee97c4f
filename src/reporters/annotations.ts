/**
 * DanceReports → GitHub annotations (DESIGN §5): blocked command → warning at source:line titled
 * `Would execute`; failed step or dance error → error at its source; file change → notice at the
 * module file that produced it. Identical annotations from several nodes are merged into one that
 * names the nodes, so a fleet does not spend the caps on repeats.
 */
import type { DanceReport, ModuleResult, Step } from '../model/dance-report';
import { changeSourceFile } from './change-source';
import { describeChange } from './describe-change';
import { INTERNAL_MODULE, isStepFailed, stepLabel } from './report-facts';
import { firstLine, oneLine, showControls, stripAnsi, tail } from './text';
import { workflowCommand, type AnnotationLevel } from './workflow-command';

export interface Annotation {
  level: AnnotationLevel;
  /** Repo-relative file, when the report names one. */
  file?: string;
  line?: number;
  title: string;
  message: string;
  /** Nodes the annotation applies to, in report order. */
  nodes: string[];
}

export interface AnnotationOptions {
  /** Repo paths the pull request touched (`--changed`): their annotations come before the rest. */
  changedFiles?: Iterable<string>;
  /** GitHub shows at most 10 annotations of each level per step … */
  maxPerLevel?: number;
  /** … and 50 per job; pass what is left of the job's budget when a job annotates more than once. */
  maxTotal?: number;
  /** Prefix for every file (the module repository's path inside the GitHub repository). */
  pathPrefix?: string;
}

export interface AnnotationSelection {
  shown: Annotation[];
  omitted: Record<AnnotationLevel, number>;
}

export const MAX_PER_LEVEL = 10;
export const MAX_PER_JOB = 50;
const TAIL_LINES = 20;
const TAIL_CHARS = 2000;
const NODES_LISTED = 5;

/** Every annotation the reports call for, merged across nodes, in report order. */
export function collectAnnotations(reports: DanceReport[], pathPrefix = ''): Annotation[] {
  type Entry = Omit<Annotation, 'nodes'> & { nodes: Set<string>; detail?: string };
  const byKey = new Map<string, Entry>();
  const add = (node: string, candidate: Omit<Annotation, 'nodes'>, detail?: string): void => {
    const file = candidate.file === undefined ? undefined : `${pathPrefix}${candidate.file}`;
    const key = `${candidate.level}\u0000${file}\u0000${candidate.line}\u0000${candidate.title}\u0000${candidate.message}`;
    const existing = byKey.get(key);
    if (existing) existing.nodes.add(node);
    else byKey.set(key, { ...candidate, file, nodes: new Set([node]), detail });
  };
  for (const report of reports) {
    const stepError = (module: string, step: Step): void => {
      if (!isStepFailed(step)) return;
      const why = step.reason ? `${firstLine(step.reason)}, exit code ${step.exitCode}` : `exit code ${step.exitCode}`;
      const title = oneLine(`Step failed: ${module} ${stepLabel(step)}`);
      add(report.node, { level: 'error', file: step.source, title, message: why }, outputTail(step.output));
    };
    for (const step of report.internal ?? []) stepError(INTERNAL_MODULE, step);
    for (const module of report.modules) {
      for (const step of module.steps) stepError(module.name, step);
      for (const blocked of module.blocked) {
        add(report.node, { level: 'warning', file: blocked.source, line: blocked.line, title: 'Would execute', message: blocked.command });
      }
      addChangeNotices(report, module, (candidate) => add(report.node, candidate));
    }
    for (const error of report.errors) {
      add(report.node, { level: 'error', file: error.source, title: 'Dance error', message: error.message });
    }
  }
  return [...byKey.values()].map(({ detail, nodes, ...annotation }) => ({
    ...annotation,
    nodes: [...nodes],
    // Line breaks stay (escaped on output); other control characters are shown, not sent.
    message: showControls(withNodes(annotation.message, [...nodes]) + (detail ? `\n${detail}` : '')),
  }));
}

function addChangeNotices(report: DanceReport, module: ModuleResult, add: (candidate: Omit<Annotation, 'nodes'>) => void): void {
  for (const change of module.changes) {
    // noop: "Would create /etc/x"; apply: "Created /etc/x".
    const verb = report.mode === 'noop' ? `Would ${INFINITIVE[change.action]}` : capitalize(change.action);
    add({
      level: 'notice',
      file: changeSourceFile(module, change),
      title: `${verb} ${oneLine(change.path)}`,
      message: `${module.name}: ${describeChange(change)}`,
    });
  }
}

const INFINITIVE = { created: 'create', modified: 'modify', deleted: 'delete' } as const;

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

function withNodes(message: string, nodes: string[]): string {
  const listed = nodes.slice(0, NODES_LISTED).join(', ');
  const more = nodes.length > NODES_LISTED ? ` and ${nodes.length - NODES_LISTED} more` : '';
  return `${message}\n(${nodes.length === 1 ? 'node' : 'nodes'}: ${listed}${more})`;
}

function outputTail(output: string): string | undefined {
  const { text, omittedLines } = tail(showControls(stripAnsi(output)), TAIL_LINES, TAIL_CHARS);
  if (!text) return undefined;
  return omittedLines > 0 ? `[… ${omittedLines} earlier lines]\n${text}` : text;
}

const normalizePath = (path: string): string => path.replace(/^(\.\/)+/, '').trim();

/**
 * Picks what GitHub will show: errors first, then annotations in files the change touched, then
 * the rest (report order within each group); never more than the caps.
 */
export function selectAnnotations(all: Annotation[], options: AnnotationOptions = {}): AnnotationSelection {
  const maxPerLevel = options.maxPerLevel ?? MAX_PER_LEVEL;
  const maxTotal = options.maxTotal ?? MAX_PER_JOB;
  const changed = new Set([...(options.changedFiles ?? [])].map(normalizePath).filter(Boolean));
  const rank = (a: Annotation): number =>
    (a.level === 'error' ? 0 : 2) + (a.file !== undefined && changed.has(normalizePath(a.file)) ? 0 : 1);
  const ordered = all.map((annotation, index) => ({ annotation, index }));
  ordered.sort((a, b) => rank(a.annotation) - rank(b.annotation) || a.index - b.index);

  const perLevel: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const shown: Annotation[] = [];
  for (const { annotation } of ordered) {
    if (perLevel[annotation.level] < maxPerLevel && shown.length < maxTotal) {
      perLevel[annotation.level]++;
      shown.push(annotation);
    } else {
      omitted[annotation.level]++;
    }
  }
  return { shown, omitted };
}

/** The closing line: how many were left out, always printed (also when none were). */
export function omittedLine(selection: AnnotationSelection, options: AnnotationOptions = {}): string {
  const { omitted, shown } = selection;
  const total = omitted.error + omitted.warning + omitted.notice;
  const parts = (['error', 'warning', 'notice'] as const).filter((l) => omitted[l] > 0).map((l) => `${omitted[l]} ${l}`);
  const limits = `at most ${options.maxPerLevel ?? MAX_PER_LEVEL} of each kind per step and ${options.maxTotal ?? MAX_PER_JOB} per job`;
  return total === 0
    ? `info: 0 more annotations not shown (all ${shown.length} shown)`
    : `info: ${total} more annotations not shown (${parts.join(', ')}; GitHub shows ${limits})`;
}

/** Workflow-command lines for the selected annotations, then the closing line; ends with a line feed. */
export function toAnnotationLines(reports: DanceReport[], options: AnnotationOptions = {}): string {
  const selection = selectAnnotations(collectAnnotations(reports, options.pathPrefix), options);
  const lines = selection.shown.map((a) => workflowCommand(a.level, { file: a.file, line: a.line, title: a.title }, a.message));
  lines.push(omittedLine(selection, options));
  return lines.join('\n') + '\n';
}
