/**
 * The client's rsync command (`disco/client/cmds/rsync`, the seed's `rsync -qaWHe "ssh -i …"`):
 * a program and its options, no source or destination. disco adds its own options after these
 * (fetch-args.ts); here the user's options are checked against what a safe fetch cannot allow.
 */
import { InputError } from '../model/errors';
import { splitShellWords } from './shell-words';

export interface RsyncCommand {
  program: string;
  options: string[];
}

/** Used when neither `--rsync` nor the parameter tree says otherwise. */
export const DEFAULT_RSYNC_COMMAND = 'rsync -a';

/**
 * Options that make rsync follow symlinks — on the server (`-L`, `--copy-unsafe-links`: content
 * from outside a module) or in the local copy (`-K`, `-k`: writes through a link). rsync has no
 * `--no-` form for these, so they are refused rather than overridden. The rest would make a
 * fetch that transfers nothing look like an empty server.
 */
const REFUSED_LONG: Record<string, string> = {
  'copy-links': 'follows symlinks',
  'copy-unsafe-links': 'follows symlinks out of a module',
  'copy-dirlinks': 'follows symlinks',
  'keep-dirlinks': 'writes through symlinks in the local copy',
  'dry-run': 'transfers nothing',
  'list-only': 'transfers nothing',
  'only-write-batch': 'transfers nothing',
  'read-batch': 'does not read the server',
  server: 'is rsync-internal',
  sender: 'is rsync-internal',
  daemon: 'starts a daemon',
};
const REFUSED_SHORT: Record<string, string> = { L: 'copy-links', k: 'copy-dirlinks', K: 'keep-dirlinks', n: 'dry-run' };
/** Short options whose argument is the rest of the bundle, or the next word. */
const SHORT_WITH_ARGUMENT = new Set(['e', 'B', 'f', 'T', 'M', '@']);
/** Long options whose argument may be the next word (so that word is not read as options). */
const LONG_WITH_ARGUMENT = new Set([
  'rsh', 'rsync-path', 'filter', 'exclude', 'include', 'exclude-from', 'include-from', 'files-from',
  'password-file', 'temp-dir', 'timeout', 'contimeout', 'port', 'sockopts', 'address', 'bwlimit',
  'block-size', 'max-size', 'min-size', 'max-alloc', 'max-delete', 'partial-dir', 'link-dest',
  'compare-dest', 'copy-dest', 'backup-dir', 'suffix', 'chmod', 'chown', 'usermap', 'groupmap',
  'compress-choice', 'compress-level', 'checksum-choice', 'skip-compress', 'log-file',
  'log-file-format', 'out-format', 'info', 'debug', 'stderr', 'iconv', 'modify-window',
  'remote-option', 'outbuf', 'stop-after', 'stop-at', 'protocol', 'checksum-seed', 'write-batch',
]);

/** Pure: `culprit` names where the text came from (`--rsync` or `disco/client/cmds/rsync`). */
export function parseRsyncCommand(text: string, culprit: string): RsyncCommand {
  const [program, ...words] = splitShellWords(text, culprit);
  if (!program) throw new InputError('empty rsync command', culprit);
  const refuse = (option: string, why: string): never => {
    throw new InputError(`rsync option ${option} ${why}: a fetch cannot allow it`, culprit);
  };
  const options: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.startsWith('--')) {
      const name = word.slice(2).split('=')[0]!;
      if (name in REFUSED_LONG) refuse(`--${name}`, REFUSED_LONG[name]!);
      // -q would also silence the "is over max-size" lines that tell disco a file was too big.
      if (name === 'quiet') continue;
      options.push(word);
      if (LONG_WITH_ARGUMENT.has(name) && !word.includes('=') && i + 1 < words.length) options.push(words[++i]!);
    } else if (word.startsWith('-') && word.length > 1) {
      const bundle = shortBundle(word, refuse);
      if (bundle.text !== '-') options.push(bundle.text);
      if (bundle.wantsNext && i + 1 < words.length) options.push(words[++i]!);
    } else {
      options.push(word); // an argument; rsync itself judges it
    }
  }
  return { program, options };
}

/** `-qaWHe` → `-aWHe` (wants the next word): letters up to an argument-taking one are options. */
function shortBundle(word: string, refuse: (option: string, why: string) => never): { text: string; wantsNext: boolean } {
  let text = '-';
  for (let j = 1; j < word.length; j++) {
    const letter = word[j]!;
    if (SHORT_WITH_ARGUMENT.has(letter)) return { text: text + word.slice(j), wantsNext: j === word.length - 1 };
    const long = REFUSED_SHORT[letter];
    if (long) refuse(`-${letter} (--${long})`, REFUSED_LONG[long]!);
    if (letter !== 'q') text += letter;
  }
  return { text, wantsNext: false };
}
