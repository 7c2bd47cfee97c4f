/**
 * Paths whose changes are never reported or merged: kernel and runtime filesystems, and disco's own
 * parameter tree inside the sandbox. Root-relative, no leading slash.
 */
export const EXCLUDED_PATHS: readonly string[] = ['proc', 'sys', 'dev', 'run', 'tmp', 'var/disco'];

export const isExcluded = (rel: string): boolean =>
  EXCLUDED_PATHS.some((prefix) => rel === prefix || rel.startsWith(prefix + '/'));
