import type { BlockedCommand } from '../model/dance-report';
import { readStepOutput } from './step-output';

/** A blocked call as the shims log it, with the command line that apply replays. */
export interface BlockedCall extends BlockedCommand {
  step: number;
  replay: string;
}

/**
 * Reads the shims' log (`step \t line \t shown \t replay` per call) from `offset` on.
 * `sources` maps a step id to the module file it ran.
 */
export function readBlockedLog(path: string, offset: number, sources: Map<number, string>): { calls: BlockedCall[]; offset: number } {
  const text = readStepOutput(path, 16 * 1024 * 1024);
  const fresh = text.slice(offset);
  const complete = fresh.slice(0, fresh.lastIndexOf('\n') + 1);
  const calls: BlockedCall[] = [];
  for (const line of complete.split('\n')) {
    if (!line) continue;
    const [step, lineNo, command, replay] = line.split('\t');
    const id = Number(step);
    const source = sources.get(id);
    if (!source || command === undefined) continue;
    calls.push({ step: id, command, source, line: Number(lineNo) || 0, replay: replay ?? command });
  }
  return { calls, offset: offset + complete.length };
}
