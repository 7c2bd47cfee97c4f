/**
 * SIGINT/SIGTERM during a run: abort every running command, then destroy the VMs. GitHub cancels
 * with SIGINT and sends SIGTERM 7.5 s later; the second signal must not cut the teardown short, so
 * it is only acknowledged. The exit code becomes 128 + signal number.
 */
import { Interrupted } from './errors';
import type { ProcessScope } from './process-scope';

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
const NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 2, SIGTERM: 15 };

export class SignalGuard {
  private received?: NodeJS.Signals;
  private armed = false;

  constructor(
    private readonly scope: ProcessScope,
    private readonly teardown: () => Promise<void>,
    private readonly info: (line: string) => void,
  ) {}

  /** The signal that interrupted the run, if any. */
  get signal(): NodeJS.Signals | undefined {
    return this.received;
  }

  arm(): void {
    if (this.armed) return;
    this.armed = true;
    for (const signal of SIGNALS) process.on(signal, this.handle);
  }

  disarm(): void {
    if (!this.armed) return;
    this.armed = false;
    for (const signal of SIGNALS) process.off(signal, this.handle);
  }

  private readonly handle = (signal: NodeJS.Signals): void => {
    if (this.received) {
      this.info(`${signal} received: still destroying the VMs`);
      return;
    }
    this.received = signal;
    process.exitCode = 128 + (NUMBERS[signal] ?? 0);
    this.info(`${signal} received: stopping and destroying the VMs`);
    this.scope.abort(new Interrupted(signal));
    this.teardown()
      .catch((error: unknown) => this.info(`warning: teardown after ${signal} failed: ${(error as Error).message}`))
      .finally(() => this.disarm());
  };
}
