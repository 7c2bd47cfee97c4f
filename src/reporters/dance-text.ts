/**
 * The seed's text output of a dance (`info:`, `warning:`, `error:` lines, file lines with
 * type/mode/md5/perms and their diffs), computed from report parts alone.
 */
import type { Change, DanceReport, Meta, Step } from '../model/dance-report';

const TYPE_NAMES: Record<Change['type'], string> = {
  file: 'regular file',
  directory: 'directory',
  symlink: 'symbolic link',
  other: 'other',
};
const TYPE_BITS: Record<Change['type'], number> = { file: 0o100000, directory: 0o040000, symlink: 0o120000, other: 0 };

/** st_mode in hex as the seed printed it (`81a4` for a 0644 regular file). */
const hexMode = (type: Change['type'], meta: Meta): string => (TYPE_BITS[type] | parseInt(meta.mode, 8)).toString(16);
const perms = (meta: Meta): string => `${meta.owner}:${meta.group} ${parseInt(meta.mode, 8).toString(8)}`;

export const moduleLine = (name: string): string => `info: Processing ${name}`;

/** What a step printed, then an error line when it failed. */
export function stepText(module: string, step: Step): string {
  let text = step.output && !step.output.endsWith('\n') ? step.output + '\n' : step.output;
  if (step.kind === 'effect') text = `info: Executed : ${step.name}\n` + text;
  if (step.exitCode !== 0) {
    const why = step.reason ? `, ${step.reason}` : '';
    const what = step.kind === 'template' ? `template ${step.source} failed (exit ${step.exitCode}${why}): ${step.name} not written` : `${step.kind} ${step.name} failed (exit ${step.exitCode}${why})`;
    text += `error: ${module}: ${what}\n`;
  }
  return text;
}

function createdFacts(change: Change, meta: Meta): string {
  const type = meta.size === 0 && change.type === 'file' ? 'regular empty file' : TYPE_NAMES[change.type];
  const parts = [`type=[${type}]`, `mode=[${hexMode(change.type, meta)}]`, `selinux=[${meta.selinux ?? '?'}]`];
  if (meta.md5) parts.push(`md5=[${meta.md5}]`);
  if (meta.target !== undefined) parts.push(`target=[${meta.target}]`);
  parts.push(`perms=[${perms(meta)}]`);
  return parts.join(' ');
}

function modifiedFacts(change: Change, before: Meta, after: Meta): string {
  const parts: string[] = [];
  if (before.md5 !== after.md5) parts.push(`md5=[${before.md5 ?? '-'} => ${after.md5 ?? '-'}]`);
  if (before.target !== after.target) parts.push(`target=[${before.target ?? '-'} => ${after.target ?? '-'}]`);
  if (perms(before) !== perms(after)) parts.push(`perms=[${perms(before)} => ${perms(after)}]`);
  const [m1, m2] = [hexMode(change.type, before), hexMode(change.type, after)];
  if (m1 !== m2) parts.push(`mode=[${m1} => ${m2}]`);
  if ((before.selinux ?? '?') !== (after.selinux ?? '?')) parts.push(`selinux=[${before.selinux ?? '?'} => ${after.selinux ?? '?'}]`);
  return parts.join(' ');
}

/** `info: File: file: /etc/x : Created : type=[…] …` and the diff below it. */
export function changeText(change: Change): string {
  const head = `info: File: file: ${change.path} : ${change.action[0].toUpperCase()}${change.action.slice(1)}`;
  let facts = '';
  if (change.action === 'created' && change.after) facts = createdFacts(change, change.after);
  if (change.action === 'modified' && change.before && change.after) facts = modifiedFacts(change, change.before, change.after);
  let text = facts ? `${head} : ${facts}\n` : `${head}\n`;
  if (change.binary) text += '(binary content differs)\n';
  else if (change.diff) text += change.diff.endsWith('\n') ? change.diff : change.diff + '\n';
  return text;
}

/** The closing lines: what the dance found, and its verdict. */
export function verdictText(report: DanceReport): string {
  const changes = report.modules.flatMap((m) => m.changes);
  const count = (action: Change['action']): number => changes.filter((c) => c.action === action).length;
  const blocked = report.modules.reduce((n, m) => n + m.blocked.length, 0);
  const errors = report.errors.map((e) => `error: ${e.source ? `${e.source}: ` : ''}${e.message}\n`).join('');
  const verb = report.mode === 'noop' ? 'would change' : 'changed';
  return (
    errors +
    `info: ${report.node} (${report.mode}) ${report.status}: ${verb} ${count('created')} created, ${count('modified')} modified, ` +
    `${count('deleted')} deleted; ${blocked} command${blocked === 1 ? '' : 's'} ${report.mode === 'noop' ? 'blocked' : 'run after the merge'}\n`
  );
}
