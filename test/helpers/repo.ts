/** Small module repositories written by a test: `{ 'modules/m/scripts/10.sh': '...' }` plus a node. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function makeRepo(node: string, modules: string[], files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'disco-repo-'));
  const all: Record<string, string> = { ...files };
  for (const module of modules) {
    all[`parameters/${node}/modules/${module}`] ??= '';
    all[`modules/${module}/requires`] ??= '';
  }
  mkdirSync(join(dir, 'parameters', node, 'parameters'), { recursive: true });
  for (const [path, content] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
