/**
 * The module trees the real test dances: the seed example (or the `kinds` fixture when the
 * example is absent) as "head" with at least two nodes, and a "base" copy that differs in one
 * template, as a pull request would.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT } from '../helpers/rootfs';

export interface Trees {
  head: string;
  base: string;
  nodes: [string, string];
  /** The source the trees were copied from (for the log). */
  source: string;
}

const SECOND_NODE = 'web2.example.com';

function firstFile(dir: string, under: string): string | undefined {
  const root = join(dir, under);
  if (!existsSync(root)) return undefined;
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) return join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name);
  }
  return undefined;
}

export function makeTrees(scratch: string): Trees {
  const seed = join(PROJECT, 'examples/seed');
  const source = existsSync(join(seed, 'parameters')) ? seed : join(PROJECT, 'test/fixtures/repos/kinds');
  const head = join(scratch, 'head');
  const base = join(scratch, 'base');
  cpSync(source, head, { recursive: true, verbatimSymlinks: true });
  const nodes = readdirSync(join(head, 'parameters')).sort();
  if (nodes.length < 2) {
    // A second node with the first one's modules and its own parameter value.
    cpSync(join(head, 'parameters', nodes[0]), join(head, 'parameters', SECOND_NODE), { recursive: true });
    const parameter = firstFile(join(head, 'parameters', SECOND_NODE), 'parameters');
    if (parameter) writeFileSync(parameter, `${readFileSync(parameter, 'utf8').trim()}-on-${SECOND_NODE}\n`);
    nodes.push(SECOND_NODE);
  }
  cpSync(head, base, { recursive: true, verbatimSymlinks: true });
  const modules = readdirSync(join(base, 'modules')).sort();
  const template = modules.map((module) => firstFile(join(base, 'modules', module), 'templates')).find(Boolean);
  if (template) writeFileSync(template, `${readFileSync(template, 'utf8')}echo "# as it was on the base branch"\n`);
  return { head, base, nodes: [nodes[0], nodes[1]], source };
}
