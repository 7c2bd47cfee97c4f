import { parseArgs } from 'node:util';
import { affectedJson } from '../../affected/affected-json';
import { findAffected } from '../../affected/find-affected';
import { makeShards } from '../../affected/shards';
import { InputError } from '../../model/errors';
import { EXIT_PASSED, type Command } from '../command';

export const affectedCommand: Command = {
  name: 'affected',
  usage: 'affected --repo DIR --base REF [--head REF] [--json] [--shards N]   nodes whose dance a change can alter',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        repo: { type: 'string', default: '.' },
        base: { type: 'string' },
        head: { type: 'string', default: 'HEAD' },
        json: { type: 'boolean', default: false },
        shards: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    });
    if (!values.base) throw new InputError('--base REF is required');
    const shards = values.shards === undefined ? undefined : parseShards(values.shards);
    const result = await findAffected({ repo: values.repo, base: values.base, head: values.head });
    if (values.json) {
      process.stdout.write(JSON.stringify(affectedJson(result, shards), null, 2) + '\n');
      return EXIT_PASSED;
    }
    // Node names alone on stdout (for `for node in $(disco affected …)`); the story on stderr.
    if (result.nodes.length) process.stdout.write(result.nodes.join('\n') + '\n');
    const info = [
      `info: ${result.nodes.length} node(s) affected by ${result.changed.length} changed file(s) ` +
        `(${result.baseCommit.slice(0, 12)}..${result.headCommit.slice(0, 12)})`,
      ...result.removed.map((node) => `info: removed node ${node}`),
      ...(shards ? makeShards(result.nodes, shards).map((shard) => `info: shard ${shard.shard}: ${shard.nodes}`) : []),
    ];
    process.stderr.write(info.join('\n') + '\n');
    return EXIT_PASSED;
  },
};

function parseShards(text: string): number {
  const count = Number(text);
  if (!/^\d+$/.test(text) || count < 1) throw new InputError(`--shards wants a whole number ≥ 1, got '${text}'`);
  return count;
}
