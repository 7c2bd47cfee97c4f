/**
 * Expected failures are typed so the edges can map them: InputError → exit 2 with one line
 * naming the culprit; anything else that is thrown is a bug.
 */
export class InputError extends Error {
  /** The file (repo-relative or absolute), value or flag at fault. */
  readonly culprit?: string;
  /** 1-based line within `culprit`, when there is one. */
  readonly line?: number;

  constructor(message: string, culprit?: string, line?: number) {
    super(InputError.format(message, culprit, line));
    this.name = 'InputError';
    this.culprit = culprit;
    this.line = line;
  }

  private static format(message: string, culprit?: string, line?: number): string {
    if (!culprit) return message;
    return `${culprit}${line ? `:${line}` : ''}: ${message}`;
  }
}

/** A typed result for operations whose failure is an expected outcome, not a bug. */
export type Result<T, E = InputError> = { ok: true; value: T } | { ok: false; error: E };
