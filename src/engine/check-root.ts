import { InputError } from '../model/errors';
import { looksLikeRoot } from './sandbox-share';

const SEP_CHARS = /[:,\n\t\\]/;

/** The checks before any sandbox: a root filesystem overlayfs can take, and the privilege to mount. */
export function checkRoot(root: string): void {
  if (SEP_CHARS.test(root)) throw new InputError(`the root path '${root}' contains a character overlayfs cannot take (: , \\ tab or newline)`, '--root');
  if (!looksLikeRoot(root)) throw new InputError(`'${root}' is not a root filesystem (no /bin/bash or /etc)`, '--root');
  if (process.getuid?.() !== 0) throw new InputError('a dance needs root (overlay mounts and namespaces): run disco as root');
}
