/**
 * Which nodes a change can affect (pure). A node's dance is made of its own directory and the
 * directories of the modules in its closure (plus in-repo symlink targets they read). A node is
 * affected when a changed file lies under any of those, at the base or at the head commit — the
 * base closure matters too, because a module dropped from the dance changes it as well.
 */
import { compareNames } from '../plan/compare';
import type { Plan, Repo } from '../plan/types';

/** One side of the change: the repository and every node's plan (or why it has none). */
export interface Snapshot {
  repo: Repo;
  plans: Map<string, Plan | Error>;
}

export interface AffectedNodes {
  /** Nodes on the head whose dance the change can alter, sorted. */
  nodes: string[];
  /** Nodes of the base that the head no longer has, sorted. */
  removed: string[];
}

/**
 * `base` is undefined when the base commit has no readable repository (missing or broken): every
 * head node is then affected, since nothing can be ruled out.
 */
export function findAffectedNodes(changed: string[], base: Snapshot | undefined, head: Snapshot): AffectedNodes {
  const nodes = [...head.plans.keys()].filter((node) => {
    if (!base) return true;
    const basePlan = base.plans.get(node);
    if (basePlan === undefined || basePlan instanceof Error) return true; // new, or its base dance failed
    const sources = [...dancePaths(base, node, basePlan), ...dancePaths(head, node, head.plans.get(node))];
    return changed.some((file) => sources.some((source) => file === source || file.startsWith(source + '/')));
  });
  const removed = base ? [...base.repo.nodes.keys()].filter((node) => !head.repo.nodes.has(node)) : [];
  return { nodes: nodes.sort(compareNames), removed: removed.sort(compareNames) };
}

/** Repo-relative paths a node's dance reads: the node's own, then each module's in its closure. */
export function dancePaths(snapshot: Snapshot, node: string, plan: Plan | Error | undefined): string[] {
  const nodeDef = snapshot.repo.nodes.get(node);
  const own = nodeDef?.sources ?? [`parameters/${node}`];
  if (!plan || plan instanceof Error) return own;
  const modules = plan.order.flatMap((name) => snapshot.repo.modules.get(name)?.sources ?? [`modules/${name}`]);
  return [...own, ...modules];
}
