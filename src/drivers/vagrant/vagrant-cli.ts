/**
 * The one funnel for every `vagrant` call (kitchen-vagrant's `run_command`): argument arrays, cwd =
 * the job directory, a fixed environment (no update checks, no network look-ups, non-interactive
 * output without progress bars), typed errors. `tryVagrant` returns failures; `vagrant` throws them.
 */
import { CommandFailed, ToolMissing } from './errors';
import type { ProcessScope } from './process-scope';
import { runTool, type ToolResult } from './tool-process';

export interface VagrantContext {
  /** The vagrant executable (default `vagrant`). */
  binary: string;
  /** The job directory holding the Vagrantfile. */
  cwd: string;
  /** Where vagrant keeps boxes; must be traversable by QEMU's user (it reads the box's kernel). */
  vagrantHome: string;
  scope?: ProcessScope;
}

/** Flags every call gets: `--no-tty` drops the progress bars that flood CI logs. */
export const VAGRANT_GLOBAL_FLAGS = ['--no-tty', '--no-color'];

export function vagrantEnv(vagrantHome: string): Record<string, string> {
  return {
    VAGRANT_HOME: vagrantHome,
    VAGRANT_CHECKPOINT_DISABLE: '1',
    VAGRANT_BOX_UPDATE_CHECK_DISABLE: '1',
    VAGRANT_DEFAULT_PROVIDER: 'libvirt',
    VAGRANT_NO_COLOR: '1',
  };
}

/** Runs `vagrant args…`; a non-zero exit is returned, not thrown. */
export async function tryVagrant(
  context: VagrantContext,
  args: string[],
  onLine?: (line: string) => void,
): Promise<ToolResult> {
  try {
    return await runTool(context.binary, [...args, ...VAGRANT_GLOBAL_FLAGS], {
      cwd: context.cwd,
      env: vagrantEnv(context.vagrantHome),
      scope: context.scope,
      // On SIGINT vagrant undoes a half-done `up` itself (and never leaves a half-uploaded box).
      stopSignal: 'SIGINT',
      graceMs: 3000,
      onLine,
    });
  } catch (error) {
    if (error instanceof ToolMissing) throw new ToolMissing('vagrant', "no 'vagrant' on PATH; install vagrant and vagrant-libvirt");
    throw error;
  }
}

/** Runs `vagrant args…` and throws CommandFailed unless it exits 0. */
export async function vagrant(
  context: VagrantContext,
  args: string[],
  onLine?: (line: string) => void,
): Promise<ToolResult> {
  const result = await tryVagrant(context, args, onLine);
  if (result.exitCode !== 0) {
    throw new CommandFailed('vagrant', args, result.exitCode, result.stderr || result.stdout);
  }
  return result;
}
