/**
 * Where to fetch from and with what: a flag wins, else the client's parameter tree (the seed's
 * `disco-param dump`: `disco/server/uri`, `disco/client/cmds/rsync`), else the defaults.
 */
import { join } from 'node:path';
import { InputError } from '../model/errors';
import { defaultParamTree, stateDir } from '../model/paths';
import { valueText } from '../param/format-params';
import { getParam } from '../param/param-tree';
import { DEFAULT_RSYNC_COMMAND, parseRsyncCommand, type RsyncCommand } from './rsync-command';
import { parseServerUri, type Server } from './server-uri';

export const SERVER_URI_KEY = 'disco/server/uri';
export const RSYNC_COMMAND_KEY = 'disco/client/cmds/rsync';

/** Where `disco fetch` keeps its copy unless told otherwise (`--dest`). */
export const defaultFetchDest = (): string => join(stateDir(), 'fetched');

export interface FetchSettings {
  server: Server;
  rsync: RsyncCommand;
  /** Where the rsync command came from (`--rsync`, the parameter key, or `default`). */
  rsyncCulprit: string;
}

export interface FetchFlags {
  server?: string;
  rsync?: string;
  /** The parameter tree to read; `disco param`'s default when absent. */
  tree?: string;
}

export function fetchSettings(flags: FetchFlags): FetchSettings {
  const tree = flags.tree ?? defaultParamTree();
  const serverText = flags.server ?? treeValue(tree, SERVER_URI_KEY);
  if (serverText === undefined || !serverText.trim()) {
    throw new InputError(`no server: give --server URI, or set it with 'disco param set ${SERVER_URI_KEY} URI'`);
  }
  const server = parseServerUri(serverText, flags.server !== undefined ? '--server' : SERVER_URI_KEY);
  const fromTree = flags.rsync === undefined ? treeValue(tree, RSYNC_COMMAND_KEY) : undefined;
  const rsyncCulprit = flags.rsync !== undefined ? '--rsync' : fromTree !== undefined ? RSYNC_COMMAND_KEY : 'default rsync command';
  const rsync = parseRsyncCommand(flags.rsync ?? fromTree ?? DEFAULT_RSYNC_COMMAND, rsyncCulprit);
  return { server, rsync, rsyncCulprit };
}

/** A value of the tree, undefined when the tree or the key is missing (or is a directory). */
function treeValue(tree: string, key: string): string | undefined {
  try {
    const node = getParam(tree, key);
    return node.type === 'value' ? valueText(node.value) : undefined;
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}
