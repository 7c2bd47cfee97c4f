/**
 * Cancellation: GitHub sends SIGINT, then SIGTERM 7.5 s later, then kills. Main tears down on the
 * first signal within a deadline below that window, then exits; further signals only wait for it.
 */

/** Teardown must be done before the runner's SIGTERM: 7.5 s, minus a margin for exiting. */
export const CANCEL_DEADLINE_MS = 7000;

export type CancelHandler = (signal: NodeJS.Signals) => Promise<void>;

export interface Cancellation {
  /** True once a signal came: the work must not go on to publish half a result. */
  readonly requested: boolean;
  /** Removes the handlers. */
  stop(): void;
}

/** Installs the handlers: on the first signal, `handler` runs (at most until the deadline), then `exit`. */
export function onCancel(handler: CancelHandler, exit: (code: number) => void = (code) => process.exit(code)): Cancellation {
  let requested = false;
  const listener = (signal: NodeJS.Signals): void => {
    if (requested) return;
    requested = true;
    const deadline = new Promise<void>((resolve) => setTimeout(resolve, CANCEL_DEADLINE_MS).unref());
    void Promise.race([handler(signal).catch(() => undefined), deadline]).then(() => exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.on('SIGINT', listener);
  process.on('SIGTERM', listener);
  return {
    get requested() {
      return requested;
    },
    stop() {
      process.off('SIGINT', listener);
      process.off('SIGTERM', listener);
    },
  };
}

/** Never settles: where the main flow parks once cancelled, until the handler exits the process. */
export const parked = (): Promise<never> => new Promise<never>(() => setInterval(() => undefined, 1 << 30));
