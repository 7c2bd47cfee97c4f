/**
 * Where a DISCO server is, in the forms the seed's clients used (`disco/server/uri`):
 *
 *   rsync://HOST[:PORT]/     an rsync daemon over TCP
 *   [USER@]HOST::            an rsync daemon on its default port — or, when the rsync command has
 *                            `-e`/`--rsh 'ssh -l USER'`, rsync's daemon mode over ssh, which reads
 *                            the rsyncd.conf in that user's home (the seed's recommended setup)
 *   [USER@]HOST              the seed's own `disco@aklabs.net`: the same as `[USER@]HOST::`
 *   /DIR, ./DIR, file:///DIR a directory laid out like the server's home (DIR/parameters/<node>/,
 *                            DIR/modules/<module>/): a mounted share, or a checkout in tests
 *
 * On the server, rsync module `parameters` holds one directory per node, and each disco module is
 * an rsync module of its own name (the seed's rsyncd.conf).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../model/errors';

export type Server =
  | { kind: 'daemon'; uri: string; prefix: string }
  | { kind: 'local'; uri: string; dir: string };

/** The rsync module that holds every node's parameters. */
export const PARAMETERS_MODULE = 'parameters';

// Host and user names stay plain so neither can reach ssh as an option (`-oProxyCommand=…`).
const HOST = String.raw`(?:[A-Za-z0-9_][A-Za-z0-9_.-]*|\[[0-9A-Fa-f:.]+\])`;
const USER = String.raw`[A-Za-z0-9_][A-Za-z0-9_.-]*`;
const DAEMON_URL = new RegExp(`^rsync://(?:(${USER})@)?(${HOST})(?::(\\d{1,5}))?/?$`);
const DAEMON_PAIR = new RegExp(`^(?:(${USER})@)?(${HOST})(::)?$`);

/** Pure: `culprit` names where the text came from (`--server` or `disco/server/uri`). */
export function parseServerUri(text: string, culprit: string): Server {
  const uri = text.trim();
  if (uri.startsWith('rsync://')) {
    const match = DAEMON_URL.exec(uri);
    if (!match) throw new InputError(`expected rsync://HOST[:PORT]/ with no path (modules are added to it), got '${uri}'`, culprit);
    const [, user, host, port] = match;
    return { kind: 'daemon', uri, prefix: `rsync://${user ? `${user}@` : ''}${host}${port ? `:${port}` : ''}/` };
  }
  if (uri.startsWith('file://')) return { kind: 'local', uri, dir: fileURLToPath(uri) };
  if (uri.startsWith('/') || uri.startsWith('./') || uri.startsWith('../')) return { kind: 'local', uri, dir: resolve(uri) };
  const match = DAEMON_PAIR.exec(uri);
  if (match) {
    const [, user, host] = match;
    return { kind: 'daemon', uri, prefix: `${user ? `${user}@` : ''}${host}::` };
  }
  throw new InputError(
    `cannot read server '${uri}' (expected rsync://HOST[:PORT]/, [USER@]HOST::, or a directory starting with / or ./)`,
    culprit,
  );
}

/** rsync's name for `sub` inside rsync module `module` (`''` = the module's root). */
export function rsyncSource(server: Server, module: string, sub = ''): string {
  if (server.kind === 'daemon') return `${server.prefix}${module}/${sub}`;
  const folder = module === PARAMETERS_MODULE ? PARAMETERS_MODULE : `modules/${module}`;
  return `${server.dir}/${folder}/${sub}`;
}

/**
 * Where a path of the fetched repository (`modules/web/requires`, `parameters/web1/…`) lives on
 * the server, so an error about fetched content names the server's file, not the local copy.
 */
export function serverLocation(server: Server, repoPath: string): string {
  const [top, name, ...rest] = repoPath.split('/');
  if (top === 'parameters' && name) return rsyncSource(server, PARAMETERS_MODULE, [name, ...rest].join('/'));
  if (top === 'modules' && name) return rsyncSource(server, name, rest.join('/'));
  return `${server.uri} (${repoPath})`;
}
