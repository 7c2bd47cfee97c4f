// Runs node's built-in test runner over test/ (TypeScript through tsx).
// Usage: node scripts/test.mjs [unit|integration|e2e|vagrant ...]   (default: unit, integration, e2e)
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { scriptEnv, scriptNode } from './script-node.mjs';

const suites = process.argv.slice(2).length ? process.argv.slice(2) : ['unit', 'integration', 'e2e'];
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.test.ts')) files.push(path);
  }
};
for (const suite of suites) walk(join('test', suite));
const result = spawnSync(scriptNode, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], { stdio: 'inherit', env: scriptEnv });
process.exit(result.status ?? 1);
