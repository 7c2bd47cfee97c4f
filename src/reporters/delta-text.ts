/** A Delta as the seed's text lines: `info:` for differences, `warning:` for regressions. */
import type { BlockedDelta, Delta, FileDelta, MetricDelta, NodeDelta, StepDelta, StepOutcome } from './delta';
import { isUnchanged } from './delta';
import { formatKiB, formatSeconds, oneLine, plural } from './text';

interface Line {
  level: 'info' | 'warning';
  text: string;
}

/** Every difference, one line each, ending with a line feed; a node with none says so. */
export function toDeltaText(delta: Delta): string {
  const lines: string[] = [];
  for (const node of delta.nodes) {
    const prefix = oneLine(`${node.node} (${node.mode})`);
    const entries = nodeLines(node);
    if (entries.length === 0) lines.push(`info: ${prefix}: no differences`);
    for (const { level, text } of entries) lines.push(`${level}: ${prefix}: ${text}`);
  }
  if (delta.nodes.length === 0) lines.push('info: no reports to compare');
  return lines.join('\n') + '\n';
}

/** The lines of one node, most important first. */
export function nodeLines(node: NodeDelta): Line[] {
  if (isUnchanged(node)) return [];
  const lines: Line[] = [];
  // A node on one side only is one line: everything in it is new (or gone), listing it adds nothing.
  if (node.presence === 'added') return [{ level: 'info', text: `only in head (${node.headStatus}): ${sideCounts(node)}` }];
  if (node.presence === 'removed') return [{ level: 'info', text: `only in base (${node.baseStatus}): ${sideCounts(node)}` }];
  if (node.presence === 'altered' && node.baseStatus !== node.headStatus) {
    lines.push({ level: node.headStatus === 'failed' ? 'warning' : 'info', text: `status ${node.baseStatus} → ${node.headStatus}` });
  }
  lines.push(...node.steps.map(stepLine), ...node.files.map(fileLine), ...node.blocked.map(blockedLine), ...node.metrics.map(metricLine));
  return lines;
}

const sideCounts = (node: NodeDelta): string =>
  [plural(node.steps.length, 'step'), plural(node.files.length, 'file effect'), plural(node.blocked.length, 'blocked command')].join(', ');

export function fileLine(file: FileDelta): Line {
  const path = oneLine(file.path);
  if (file.delta === 'added') {
    return { level: 'info', text: `new effect: ${file.head?.action} ${file.head?.type} ${path} (${oneLine(file.head?.module ?? '')})` };
  }
  if (file.delta === 'removed') {
    return { level: 'info', text: `effect gone: ${file.base?.action} ${file.base?.type} ${path} (${oneLine(file.base?.module ?? '')})` };
  }
  return { level: 'info', text: `effect altered: ${path}: ${oneLine(file.differences.join('; '))}` };
}

export function blockedLine(blocked: BlockedDelta): Line {
  const what = `${oneLine(blocked.command)} at ${oneLine(blocked.source)}:${blocked.line} (${oneLine(blocked.module)})`;
  if (blocked.delta === 'added') return { level: 'warning', text: `new blocked command: ${what}` };
  if (blocked.delta === 'removed') return { level: 'info', text: `blocked command gone: ${what}` };
  return { level: 'info', text: `blocked command moved from line ${blocked.baseLine}: ${what}` };
}

const outcomeText = (o: StepOutcome | undefined): string =>
  o ? `${o.outcome} (exit ${o.exitCode}${o.reason !== undefined ? `, ${oneLine(o.reason)}` : ''})` : '-';

export function stepLine(step: StepDelta): Line {
  const name = oneLine(`${step.module} ${step.kind} ${step.name}`);
  if (step.delta === 'added') {
    return { level: step.head?.outcome === 'failed' ? 'warning' : 'info', text: `new step: ${name}: ${outcomeText(step.head)}` };
  }
  if (step.delta === 'removed') return { level: 'info', text: `step gone: ${name}: was ${outcomeText(step.base)}` };
  return {
    level: step.head?.outcome === 'failed' ? 'warning' : 'info',
    text: `step outcome altered: ${name}: ${outcomeText(step.base)} → ${outcomeText(step.head)}`,
  };
}

export function metricLine(metric: MetricDelta): Line {
  const name = oneLine(`${metric.module} ${metric.kind} ${metric.name}`);
  const format = metric.metric === 'time_real' ? formatSeconds : formatKiB;
  const growth = metric.growth === null ? 'from 0' : `+${Math.round(metric.growth * 100)}%`;
  const what = metric.metric === 'time_real' ? 'slower' : 'more memory';
  return { level: 'warning', text: `${what}: ${name}: ${metric.metric} ${format(metric.base)} → ${format(metric.head)} (${growth})` };
}
