/**
 * How much one fetch may bring in. A server is trusted with configuration, not with this client's
 * disk: one huge file, or very many small ones, must stop the fetch with a clear error instead of
 * filling the state directory.
 */
export interface FetchLimits {
  /** Largest single file, in bytes (rsync `--max-size`). */
  maxFile: number;
  /** All fetched files together, in bytes. */
  maxTotal: number;
  /** Files, directories and links together. */
  maxEntries: number;
}

export const DEFAULT_LIMITS: FetchLimits = {
  maxFile: 100 * 2 ** 20,
  maxTotal: 2 ** 30,
  maxEntries: 100_000,
};

/** `1.5 MiB`, for messages. */
export function formatSize(bytes: number): string {
  const [unit, size] = (['GiB', 'MiB', 'KiB'] as const)
    .map((name, index): [string, number] => [name, 2 ** (30 - index * 10)])
    .find(([, size]) => bytes >= size) ?? ['bytes', 1];
  return unit === 'bytes' ? `${bytes} bytes` : `${Number((bytes / size).toFixed(1))} ${unit}`;
}
