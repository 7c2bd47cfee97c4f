/** Which nodes a mode dances: the `nodes` input, checked against the repository, or all of them. */
import { InputError } from '../model/errors';
import { compareNames } from '../plan/compare';
import type { Repo } from '../plan/types';
import { Inputs } from './constants';

export function selectNodes(repo: Repo, wanted: string[] | undefined): string[] {
  const known = [...repo.nodes.keys()].sort(compareNames);
  if (wanted === undefined) return known;
  const unknown = wanted.filter((node) => !repo.nodes.has(node));
  if (unknown.length) {
    const list = known.length > 10 ? `${known.slice(0, 10).join(', ')}, …` : known.join(', ') || 'none';
    throw new InputError(`Input '${Inputs.Nodes}' names ${unknown.map((n) => `'${n}'`).join(', ')}, not a node of ${repo.root} (nodes: ${list})`);
  }
  return wanted;
}
