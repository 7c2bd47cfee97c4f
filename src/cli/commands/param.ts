import { readFileSync, statSync, type Stats } from 'node:fs';
import { parseArgs } from 'node:util';
import { defaultParamTree } from '../../model/paths';
import { InputError } from '../../model/errors';
import { formatDump, formatGet } from '../../param/format-params';
import { deleteParam, dumpParams, getParam, listKeys, setParam } from '../../param/param-tree';
import { EXIT_PASSED, type Command } from '../command';

const USAGE = 'param  [--tree DIR] get KEY | set KEY VALUE|- | keys [KEY] | dump [KEY] | delete KEY';

/** Argument count of each subcommand: [least, most]. */
const ARITY: Record<string, [number, number]> = { get: [1, 1], set: [2, 2], keys: [0, 1], dump: [0, 1], delete: [1, 1] };

export const paramCommand: Command = {
  name: 'param',
  usage: `${USAGE}   the parameter tree (seed: disco-param)`,
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      options: { tree: { type: 'string' } },
      strict: true,
      allowPositionals: true,
    });
    const [action = '', ...rest] = positionals;
    const arity = ARITY[action];
    if (!arity || rest.length < arity[0] || rest.length > arity[1]) throw new InputError(`usage: disco ${USAGE}`);
    const tree = values.tree ?? defaultParamTree();
    if (statOrUndefined(tree)?.isDirectory() === false) throw new InputError('the parameter tree is not a directory', tree);
    const [key, value] = rest;
    const lines = (() => {
      switch (action) {
        case 'get':
          return [formatGet(getParam(tree, key!))];
        case 'set':
          // `-` reads the value from stdin, for multi-line values.
          setParam(tree, key!, value === '-' ? readFileSync(0, 'utf8') : value!);
          return [];
        case 'keys':
          return listKeys(tree, key);
        case 'dump':
          return formatDump(dumpParams(tree, key));
        default:
          deleteParam(tree, key!);
          return [];
      }
    })();
    if (lines.length) process.stdout.write(lines.join('\n') + '\n');
    return EXIT_PASSED;
  },
};

/** What is at `path` (symlinks followed), or undefined when nothing is. */
function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
