/**
 * How much one fetch may bring in. A server is trusted with configuration, not with this client's
 * disk: one huge file, or very many small ones, must stop the fetch with a clear error instead of
 * filling the state directory.
 */
import { InputError } from '../model/errors';

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

const UNITS: Record<string, number> = { '': 1, K: 2 ** 10, M: 2 ** 20, G: 2 ** 30, T: 2 ** 40 };

/** `512`, `64K`, `100M`, `1G` (binary units, as rsync reads them). */
export function parseSize(text: string, flag: string): number {
  const match = /^(\d+)([KMGT]?)i?B?$/i.exec(text.trim());
  const bytes = match ? Number(match[1]) * UNITS[match[2]!.toUpperCase()]! : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) throw new InputError(`expected a size like 512K, 100M or 1G, got '${text}'`, flag);
  return bytes;
}

/** `1.5 MiB`, for messages. */
export function formatSize(bytes: number): string {
  const [unit, size] = (['GiB', 'MiB', 'KiB'] as const)
    .map((name, index): [string, number] => [name, 2 ** (30 - index * 10)])
    .find(([, size]) => bytes >= size) ?? ['bytes', 1];
  return unit === 'bytes' ? `${bytes} bytes` : `${Number((bytes / size).toFixed(1))} ${unit}`;
}
