/**
 * The funnel for `virsh`, used only by destroy's sweep: whatever vagrant could not destroy (a
 * domain created just before `vagrant up` was killed, before vagrant recorded its id) is found by
 * the job's name prefix and removed directly. A missing virsh just skips the sweep.
 */
import { ToolMissing } from './errors';
import { runTool, type ToolResult } from './tool-process';

/** Runs `virsh -c URI args…`; undefined when virsh is not installed. */
export async function tryVirsh(uri: string, args: string[]): Promise<ToolResult | undefined> {
  try {
    return await runTool('virsh', ['-c', uri, ...args]);
  } catch (error) {
    if (error instanceof ToolMissing) return undefined;
    throw error;
  }
}
