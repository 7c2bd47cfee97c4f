/**
 * The churn module: 10,000 changes in one script over /srv/churn of the small root: CHURN_KEPT
 * files modified, CHURN_DELETED deleted, CHURN_NEW created. And the idle module (one script that
 * changes nothing), for the sandbox's own cost and the diff of a dance without changes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cached, CACHE } from '../lib/env';
import type { Workload } from './fleet';
import { CHURN_DELETED, CHURN_DIRS, CHURN_KEPT, CHURN_NEW, churnFile } from './roots';

const NODE = 'bench-node';

function oneModule(dir: string, module: string, script: string): void {
  mkdirSync(join(dir, 'modules', module, 'scripts'), { recursive: true });
  writeFileSync(join(dir, 'modules', module, 'scripts/00-run.sh'), script);
  mkdirSync(join(dir, 'parameters', NODE, 'modules'), { recursive: true });
  writeFileSync(join(dir, 'parameters', NODE, 'modules', module), '');
}

// Builtins only (echo, printf -v), so the script's own cost stays small beside the diff's.
const churnScript = `#!/bin/bash
set -e
for ((n = 0; n < ${CHURN_KEPT}; n++)); do
  printf -v d '%02d' $((n % ${CHURN_DIRS})); printf -v f '%05d' $n
  echo "version 2 of $n" >> /srv/churn/d$d/f$f
done
rm_list=()
for ((n = ${CHURN_KEPT}; n < ${CHURN_KEPT + CHURN_DELETED}; n++)); do
  printf -v d '%02d' $((n % ${CHURN_DIRS})); printf -v f '%05d' $n
  rm_list+=(/srv/churn/d$d/f$f)
done
rm -f "\${rm_list[@]}"
for ((n = 0; n < ${CHURN_NEW}; n++)); do
  printf -v d '%02d' $((n % ${CHURN_DIRS})); printf -v f '%05d' $n
  echo "new churn file $n" > /srv/churn/d$d/n$f
done
`;

export function churn(): Workload {
  const repo = cached(join(CACHE, 'repos/churn'), `churn v1 ${CHURN_KEPT}/${CHURN_DELETED}/${CHURN_NEW} ${churnFile(0)}`, (tmp) =>
    oneModule(tmp, 'churn', churnScript),
  );
  return { name: 'churn', repo, node: NODE, expect: { modules: 1, changes: CHURN_KEPT + CHURN_DELETED + CHURN_NEW, blocked: 0 } };
}

export function idle(): Workload {
  const repo = cached(join(CACHE, 'repos/idle'), 'idle v1', (tmp) => oneModule(tmp, 'idle', '#!/bin/bash\ntrue\n'));
  return { name: 'idle', repo, node: NODE, expect: { modules: 1, changes: 0, blocked: 0 } };
}
