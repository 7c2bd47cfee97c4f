/**
 * The drivers' Progress, in a runner's log: one `core.group` per node and phase, plain lines for
 * what disco says, and everything a dance printed between stop-commands markers.
 */
import * as core from '@actions/core';
import type { Progress } from '../drivers/driver';
import { guardUntrusted } from '../reporters/guard';
import { oneLine } from '../reporters/text';

/**
 * A line the runner cannot take for a command: one line, not starting with `::` and without the
 * legacy `##[` form anywhere. Names in disco's own lines pass; anything else is guarded.
 */
const isInert = (line: string): boolean => !/[\r\n\u2028\u2029]/.test(line) && !/^\s*::/.test(line) && !line.includes('##[');

export function writeUntrusted(text: string): void {
  if (text) process.stdout.write(guardUntrusted(text));
}

export const actionProgress: Progress = {
  info(line) {
    if (isInert(line)) core.info(line);
    else writeUntrusted(line);
  },
  group(title, work) {
    return core.group(oneLine(title).replace(/^::|##\[/g, '__'), work);
  },
  untrusted: writeUntrusted,
};
