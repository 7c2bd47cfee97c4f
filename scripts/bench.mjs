// `npm run bench [-- --quick] [-- --only ID,…]`: the benchmark (bench/index.ts, run through tsx).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { scriptEnv, scriptNode } from './script-node.mjs';

const project = fileURLToPath(new URL('..', import.meta.url));
const result = spawnSync(scriptNode, ['--import', 'tsx', 'bench/index.ts', ...process.argv.slice(2)], { cwd: project, stdio: 'inherit', env: scriptEnv });
process.exit(result.status ?? 1);
