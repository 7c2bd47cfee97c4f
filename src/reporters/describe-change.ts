/** One-line descriptions of file changes and of how two Meta records differ (control characters shown as `\xNN`). */
import type { BlockedCommand, Change, Meta } from '../model/dance-report';
import { formatBytes, oneLine } from './text';

/**
 * `0644 root:root 58 B`, or `→ target` for a symlink; empty when nothing is known. A directory's
 * size says nothing portable (4 KiB on ext4, entries × 20 on tmpfs), so `withSize` leaves it out.
 */
export function describeMeta(meta: Meta | undefined, withSize = true): string {
  if (!meta) return '';
  const parts: string[] = [];
  if (meta.mode !== undefined) parts.push(meta.mode);
  const owner = meta.owner ?? (meta.uid !== undefined ? String(meta.uid) : undefined);
  const group = meta.group ?? (meta.gid !== undefined ? String(meta.gid) : undefined);
  if (owner !== undefined || group !== undefined) parts.push(`${owner ?? '?'}:${group ?? '?'}`);
  if (meta.target !== undefined) parts.push(`→ ${meta.target}`);
  else if (withSize && meta.size !== undefined) parts.push(formatBytes(meta.size));
  if (meta.selinux !== undefined) parts.push(meta.selinux);
  return oneLine(parts.join(' '));
}

/** What a change does to its entry's metadata: `mode 0644 → 0600`, `owner root → www`, `content`. */
export function metaDifferences(before: Meta | undefined, after: Meta | undefined, withSize = true): string[] {
  if (!before || !after) return [];
  const differences: string[] = [];
  const compare = (label: string, a: unknown, b: unknown): void => {
    if (a !== b) differences.push(oneLine(`${label} ${a ?? '-'} → ${b ?? '-'}`));
  };
  compare('mode', before.mode, after.mode);
  compare('owner', before.owner ?? before.uid, after.owner ?? after.uid);
  compare('group', before.group ?? before.gid, after.group ?? after.gid);
  compare('target', before.target, after.target);
  compare('selinux', before.selinux, after.selinux);
  if (before.md5 !== undefined && after.md5 !== undefined) {
    if (before.md5 !== after.md5) differences.push('content');
  } else if (withSize && before.size !== after.size) {
    compare('size', before.size, after.size);
  }
  return differences;
}

/** `created file /etc/x (0644 root:root 58 B)`; for a modification, what changed. */
export function describeChange(change: Change): string {
  const head = `${change.action} ${change.type} ${oneLine(change.path)}`;
  const details: string[] = [];
  if (change.action === 'modified') details.push(...metaDifferences(change.before, change.after, change.type !== 'directory'));
  const meta = describeMeta(change.action === 'deleted' ? change.before : change.after, change.type !== 'directory');
  if (meta) details.push(meta);
  if (change.binary) details.push('binary');
  return details.length > 0 ? `${head} (${details.join('; ')})` : head;
}

/** `service nginx restart at modules/web/scripts/10-restart.sh:3` */
export const describeBlocked = (blocked: BlockedCommand): string =>
  `${oneLine(blocked.command)} at ${oneLine(blocked.source)}:${blocked.line}`;
