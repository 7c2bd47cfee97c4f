/**
 * The one way the vagrant driver starts a program (each program then has its own funnel:
 * vagrant-cli.ts, ssh-cli.ts, virsh-cli.ts, tar-cli.ts). Argument arrays only, `reject: false`,
 * results always returned; ENOENT becomes ToolMissing. Children run in their own process group,
 * so a terminal's Ctrl-C reaches only us and we decide how each child stops: its graceful signal
 * first (vagrant cleans up on SIGINT), then SIGKILL to the whole group after a grace period.
 */
import { execa, type ExecaError, type Result } from 'execa';
import { Interrupted, ToolMissing } from './errors';
import type { ProcessScope } from './process-scope';

export interface ToolOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Interrupts stop the command; destroy waits for the scope to be idle. */
  scope?: ProcessScope;
  /** Sent first when the scope is aborted (default SIGTERM). */
  stopSignal?: NodeJS.Signals;
  /** How long the graceful stop may take before the process group is killed (ms). */
  graceMs?: number;
  /** Called with each stdout line as it arrives (progress). */
  onLine?: (line: string) => void;
  /** Called with each stderr line as it arrives. */
  onErrorLine?: (line: string) => void;
}

export interface ToolResult {
  program: string;
  args: string[];
  /** undefined when the process was killed by a signal. */
  exitCode?: number;
  stdout: string;
  stderr: string;
  durationMs: number;
}

const signalGroup = (pid: number | undefined, signal: NodeJS.Signals): void => {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
};

/** Runs `program args` to completion; throws only ToolMissing and Interrupted. */
export async function runTool(program: string, args: string[], options: ToolOptions = {}): Promise<ToolResult> {
  const scope = options.scope;
  scope?.throwIfAborted();
  const started = Date.now();
  const lineTap = (tap: ((line: string) => void) | undefined) =>
    tap
      ? function* (line: unknown) {
          tap(String(line));
          yield line;
        }
      : ('pipe' as const);
  const child = execa(program, args, {
    cwd: options.cwd,
    env: options.env,
    reject: false,
    detached: true,
    stdin: 'ignore',
    stdout: lineTap(options.onLine),
    stderr: lineTap(options.onErrorLine),
    maxBuffer: 512 * 1024 * 1024,
  });
  let killTimer: NodeJS.Timeout | undefined;
  const stop = (): void => {
    signalGroup(child.pid, options.stopSignal ?? 'SIGTERM');
    killTimer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), options.graceMs ?? 3000);
  };
  scope?.signal.addEventListener('abort', stop, { once: true });
  const result = (await (scope ? scope.track(child) : child)) as Result & Partial<ExecaError>;
  scope?.signal.removeEventListener('abort', stop);
  clearTimeout(killTimer);
  if (result.code === 'ENOENT' || (result.cause as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new ToolMissing(program);
  }
  if (scope?.aborted) throw scope.signal.reason as Interrupted;
  return {
    program,
    args,
    exitCode: typeof result.exitCode === 'number' ? result.exitCode : undefined,
    stdout: String(result.stdout ?? ''),
    stderr: String(result.stderr ?? ''),
    durationMs: Date.now() - started,
  };
}
