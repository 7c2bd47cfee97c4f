import type { DanceMode } from '../model/dance-report';
import { SANDBOX_BIN, SANDBOX_PRELUDE } from './sandbox-scripts';

/** The environment every step starts from: a clean root login, disco's bin first, the prelude. */
export function stepEnvironment(node: string, mode: DanceMode): Record<string, string> {
  const env: Record<string, string> = {
    PATH: `${SANDBOX_BIN}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
    HOME: '/root',
    USER: 'root',
    LOGNAME: 'root',
    SHELL: '/bin/bash',
    TERM: 'dumb',
    BASH_ENV: SANDBOX_PRELUDE,
    DISCO_NODE: node,
    DISCO_MODE: mode,
  };
  if (mode === 'noop') env.NOOP = 'true';
  return env;
}
