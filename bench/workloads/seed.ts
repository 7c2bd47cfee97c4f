/** W1: the bundled example, examples/seed (two modules: a template and a blocked `service` call). */
import { join } from 'node:path';
import { PROJECT } from '../lib/env';
import type { Workload } from './fleet';

export const w1 = (): Workload => ({
  name: 'W1',
  repo: join(PROJECT, 'examples/seed'),
  node: 'localhost.localdomain',
  expect: { modules: 2, changes: 2, blocked: 1 },
});
