/**
 * The processes one driver run started, and the switch that stops them. An interrupt aborts the
 * scope (every running command is asked to stop, then killed); destroy first waits until the scope
 * is idle, because a dying `vagrant up` still holds the machine lock that `vagrant destroy` needs.
 */
import { Interrupted } from './errors';

export class ProcessScope {
  private readonly controller = new AbortController();
  private readonly running = new Set<Promise<unknown>>();

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get aborted(): boolean {
    return this.controller.signal.aborted;
  }

  abort(reason: Interrupted): void {
    if (!this.aborted) this.controller.abort(reason);
  }

  /** Throws the interrupt when the scope was aborted: checked before each new command. */
  throwIfAborted(): void {
    if (this.aborted) throw this.controller.signal.reason;
  }

  track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    const done = (): void => void this.running.delete(work);
    work.then(done, done);
    return work;
  }

  /** Resolves once no command of this scope is running any more. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
