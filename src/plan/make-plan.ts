/**
 * The plan of one node's dance: which modules, in which order, with which parameters. Pure: the
 * repository is already read; every problem is an InputError naming the file (and line).
 */
import { InputError } from '../model/errors';
import { compareNames } from './compare';
import { checkEntityName } from './param-names';
import { mergeParams } from './merge-params';
import { orderModules, type RequirementEdge } from './order-modules';
import { collectClosure } from './plan-closure';
import type { NodeDef, Plan, Repo } from './types';

/** Nodes are listed in the "unknown node" message when there are at most this many. */
const LISTED_NODES_MAX = 10;

export function makePlan(repo: Repo, nodeName: string): Plan {
  const node = findNode(repo, nodeName);
  const { members, reasons } = collectClosure(repo, node);
  const order = orderModules(members, requirementEdges(repo, members));
  const modules = order.map((name) => repo.modules.get(name)!);
  // Later modules' defaults override earlier ones'; the node's own values override them all.
  const parameters = mergeParams([...modules.map((module) => module.parameters), node.parameters]);
  return { node: node.name, order, modules, parameters, reasons };
}

/** Every node's plan, in node name order. */
export function makeAllPlans(repo: Repo): Plan[] {
  return [...repo.nodes.keys()].sort(compareNames).map((node) => makePlan(repo, node));
}

/** "first runs before then" edges from the requires of the members. */
function requirementEdges(repo: Repo, members: string[]): RequirementEdge[] {
  return members.flatMap((name) =>
    repo.modules.get(name)!.requires.map((requirement) =>
      requirement.kind === 'after'
        ? { first: requirement.module, then: name, cause: requirement }
        : { first: name, then: requirement.module, cause: requirement },
    ),
  );
}

function findNode(repo: Repo, name: string): NodeDef {
  checkEntityName('node', name);
  const node = repo.nodes.get(name);
  if (node) return node;
  const known = [...repo.nodes.keys()].sort(compareNames);
  const list =
    known.length === 0
      ? 'no nodes in parameters/'
      : known.length <= LISTED_NODES_MAX
        ? `known nodes: ${known.join(', ')}`
        : `${known.length} known nodes, e.g. ${known.slice(0, LISTED_NODES_MAX).join(', ')}`;
  throw new InputError(`unknown node '${name}' (${list})`, `parameters/${name}`);
}
