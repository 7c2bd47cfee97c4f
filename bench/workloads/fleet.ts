/**
 * W2 and W3: `count` modules m001…, each with 20 templates /etc/bench/<m>/fNN.conf of 40 lines built
 * from the node parameters `something` and `base_port` and the host name (read from
 * /var/disco/parameters/$(hostname)/parameters/… as the seed's templates do), then one script
 * 00-run.sh (mkdir, echo >> log, systemctl restart bench-<m>). Chains of depth 10: module k runs
 * after module k − count/10, half the edges written `after` (in the later module's requires), half
 * `before` (in the earlier one's). The node lists every module (created in reverse order; disco
 * sorts the listing, so the order does not matter to it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cached, CACHE } from '../lib/env';

export const FLEET_NODE = 'bench-node';
export const TEMPLATES_PER_MODULE = 20;
export const TEMPLATE_LINES = 40;
export const CHAIN_DEPTH = 10;

export interface Workload {
  name: string;
  repo: string;
  node: string;
  /** What a correct noop dance reports, to catch a benchmark measuring a broken dance. */
  expect: { modules: number; changes: number; blocked: number };
}

export const moduleName = (k: number): string => `m${String(k).padStart(3, '0')}`;

function template(m: string, f: string): string {
  const lines = [
    '#!/bin/bash',
    `# disco bench: /etc/bench/${m}/${f}.conf, ${TEMPLATE_LINES} lines from the node's parameters and its host name`,
    'host=$(hostname)',
    'params=/var/disco/parameters/$host/parameters',
    'something=$(cat "$params/something")',
    'base_port=$(cat "$params/base_port")',
    `echo "# /etc/bench/${m}/${f}.conf on $host"`,
  ];
  for (let i = 2; i <= TEMPLATE_LINES; i++) {
    const key = `${m}.${f}.key${String(i).padStart(2, '0')}`;
    if (i % 3 === 0) lines.push(`echo "${key}.listen = $host:$((base_port + ${i}))"`);
    else if (i % 3 === 1) lines.push(`echo "${key}.name = $something-${i}"`);
    else lines.push(`echo "${key}.url = http://$host:$base_port/$something/${i}"`);
  }
  return lines.join('\n') + '\n';
}

const script = (m: string): string => `#!/bin/bash
mkdir -p /etc/bench/${m}
echo "${m} applied" >> /etc/bench/${m}/log
systemctl restart bench-${m}
`;

function writeFleet(dir: string, count: number): void {
  const chains = count / CHAIN_DEPTH;
  const requires = new Map<string, string[]>();
  for (let k = 1; k <= count; k++) requires.set(moduleName(k), []);
  for (let k = chains + 1; k <= count; k++) {
    const [earlier, later] = [moduleName(k - chains), moduleName(k)];
    if (k % 2 === 0) requires.get(later)!.push(`after ${earlier}`);
    else requires.get(earlier)!.push(`before ${later}`);
  }
  for (let k = 1; k <= count; k++) {
    const m = moduleName(k);
    const base = join(dir, 'modules', m);
    for (let t = 1; t <= TEMPLATES_PER_MODULE; t++) {
      const f = `f${String(t).padStart(2, '0')}`;
      mkdirSync(join(base, 'templates/etc/bench', m), { recursive: true });
      writeFileSync(join(base, 'templates/etc/bench', m, `${f}.conf`), template(m, f));
    }
    mkdirSync(join(base, 'scripts'), { recursive: true });
    writeFileSync(join(base, 'scripts/00-run.sh'), script(m));
    writeFileSync(join(base, 'requires'), ['# disco bench: chains of depth 10', ...requires.get(m)!].join('\n') + '\n');
  }
  const node = join(dir, 'parameters', FLEET_NODE);
  mkdirSync(join(node, 'modules'), { recursive: true });
  mkdirSync(join(node, 'parameters'), { recursive: true });
  writeFileSync(join(node, 'parameters/something'), 'bench-something');
  writeFileSync(join(node, 'parameters/base_port'), '8000');
  for (let k = count; k >= 1; k--) writeFileSync(join(node, 'modules', moduleName(k)), '');
}

function fleet(name: string, count: number): Workload {
  const repo = cached(join(CACHE, 'repos', name.toLowerCase()), `fleet v1 ${count}`, (tmp) => writeFleet(tmp, count));
  // Created: /etc/bench, one directory and 20 templates + a log per module. Blocked: one systemctl each.
  return { name, repo, node: FLEET_NODE, expect: { modules: count, changes: 1 + count * (TEMPLATES_PER_MODULE + 2), blocked: count } };
}

export const w2 = (): Workload => fleet('W2', 50);
export const w3 = (): Workload => fleet('W3', 200);
