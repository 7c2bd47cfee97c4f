/**
 * Fetch problems as one line naming the culprit on the server: the daemon, the rsync module, or
 * the server's own file and line (`rsync://host/web/requires:3: …`), never the hidden local copy.
 */
import { InputError } from '../model/errors';
import type { Failure } from './rsync-failure';
import { PARAMETERS_MODULE, serverLocation, type Server } from './server-uri';

/** What was being fetched, and — for a module — which server file (and line) asked for it. */
export type FetchTarget =
  | { kind: 'parameters'; node: string; source: string }
  | { kind: 'module'; module: string; source: string; wantedBy: { file: string; line?: number } };

export function failureError(server: Server, target: FetchTarget, failure: Failure): InputError {
  const { kind, detail } = failure;
  if (kind === 'unreachable') return new InputError(`cannot reach the server: ${detail}`, server.uri);
  if (target.kind === 'parameters' && kind === 'no-module') {
    return new InputError(`the server has no rsync module '${PARAMETERS_MODULE}' (${detail})`, server.uri);
  }
  if (target.kind === 'parameters' && kind === 'no-path') {
    return new InputError(`unknown node '${target.node}': the server has no parameters for it`, target.source);
  }
  if (target.kind === 'module' && (kind === 'no-module' || kind === 'no-path')) {
    const { file, line } = target.wantedBy;
    return new InputError(`module '${target.module}' is not on the server (no ${target.source})`, serverLocation(server, file), line);
  }
  if (kind === 'refused') return new InputError(`the server refused: ${detail}`, target.source);
  if (kind === 'timeout') return new InputError(`the server stopped answering: ${detail}`, target.source);
  return new InputError(`rsync failed: ${detail}`, target.source);
}

/** Runs `work`; an InputError about a repo path (`modules/…`, `parameters/…`) is re-aimed at the server. */
export function onServer<T>(server: Server, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof InputError) || !error.culprit || !/^(modules|parameters)\//.test(error.culprit)) throw error;
    const prefix = `${error.culprit}${error.line ? `:${error.line}` : ''}: `;
    const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
    throw new InputError(message, serverLocation(server, error.culprit), error.line);
  }
}
