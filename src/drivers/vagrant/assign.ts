/**
 * Spreads the jobs over the VMs: by node, round-robin in first-seen order, so every tree of a node
 * (base and head) dances on the same VM and the VMs get similar shares.
 */
import type { DanceJob } from '../driver';

/** VM machine names: m0, m1, … */
export const machineNames = (count: number): string[] => Array.from({ length: count }, (_, i) => `m${i}`);

/** Node → machine name, for `vms` VMs (never more VMs than nodes). */
export function assignNodes(jobs: DanceJob[], vms: number): Record<string, string> {
  const nodes = [...new Set(jobs.map((job) => job.node))];
  const machines = machineNames(Math.max(1, Math.min(vms, nodes.length)));
  return Object.fromEntries(nodes.map((node, i) => [node, machines[i % machines.length]]));
}

/** The jobs of one machine, in the order given. */
export const jobsOf = (jobs: DanceJob[], assignment: Record<string, string>, machine: string): DanceJob[] =>
  jobs.filter((job) => assignment[job.node] === machine);
