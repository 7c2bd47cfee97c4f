import { InputError } from './errors';

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/**
 * Parses `512M`, `2G`, `1048576` (bytes; KiB/MiB/GiB with an optional `B`/`iB`), naming the flag at
 * fault; `least` (as written, e.g. `16M`) is the smallest size the flag accepts besides 0 (none).
 */
export function parseSize(value: string, flag: string, least?: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?$/i.exec(value.trim());
  if (!match) throw new InputError(`'${value}' is not a size (e.g. 512M, 2G)`, flag);
  const size = Math.round(Number(match[1]) * UNITS[match[2].toLowerCase()]);
  if (least !== undefined && size !== 0 && size < parseSize(least, flag)) throw new InputError(`'${value}' is below ${least}, the least it can be`, flag);
  return size;
}

/** Parses a positive number of seconds (`90`, `1.5`), naming the flag at fault. */
export function parseSeconds(value: string, flag: string): number {
  const seconds = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(seconds >= 0)) throw new InputError(`'${value}' is not a number of seconds`, flag);
  return seconds;
}

/** Parses a positive whole number, naming the flag at fault. */
export function parseCount(value: string, flag: string): number {
  if (!/^[1-9]\d*$/.test(value.trim())) throw new InputError(`'${value}' is not a positive whole number`, flag);
  return Number(value);
}
