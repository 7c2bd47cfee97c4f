/**
 * The roots the benchmark dances on, built once and cached under CACHE/roots:
 * - small: a hard-link copy of the test root (the debootstrapped Debian root of the engine's tests)
 *   plus a fake /usr/bin/systemctl (the test root has no systemd; with it, `systemctl` is shimmed
 *   and blocked as on a real host) and /srv/churn, the files the churn module modifies and deletes.
 * - big: the small root plus generated files under /usr/share/bench-big, ≥ `entries` entries in all.
 * Hard links are safe here: disco never writes into a root in noop, the merge writes beside and
 * renames, and the bare runs only create new files. Nothing ever writes into these cached copies:
 * runs that change a root get a copy of their own.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { testRootfs } from '../../test/helpers/rootfs';
import { cached, CACHE, linkCopy, log } from '../lib/env';

/** The churn module's targets: CHURN_KEPT files are modified, CHURN_DELETED deleted, CHURN_NEW created. */
export const CHURN_DIRS = 20;
export const CHURN_KEPT = 3333;
export const CHURN_DELETED = 3334;
export const CHURN_NEW = 3333;

export const FAKE_SYSTEMCTL = `#!/bin/sh
# disco bench: stands in for systemd's systemctl, which the test root lacks, so that disco shims and
# blocks it as it would on a real host (and the bare runs pay for running a command, as a host would).
exit 0
`;

/** Path of the n-th churn file (0-based) in the lower root: /srv/churn/dNN/fNNNNN. */
export const churnFile = (n: number): string =>
  `srv/churn/d${String(n % CHURN_DIRS).padStart(2, '0')}/f${String(n).padStart(5, '0')}`;

/** Counts the entries of a tree (files, directories, links) as find(1) lists them. */
export function countEntries(dir: string): number {
  return Number(execFileSync('sh', ['-c', 'find "$1" -xdev | wc -l', '-', dir]).toString().trim());
}

export function smallRoot(): string {
  const source = testRootfs();
  return cached(join(CACHE, 'roots/small'), `small v1 ${source} churn ${CHURN_KEPT + CHURN_DELETED}`, (tmp) => {
    log(`building the small root (hard-link copy of ${source})`);
    linkCopy(source, tmp);
    writeFileSync(join(tmp, 'usr/bin/systemctl'), FAKE_SYSTEMCTL);
    chmodSync(join(tmp, 'usr/bin/systemctl'), 0o755);
    for (let d = 0; d < CHURN_DIRS; d++) mkdirSync(join(tmp, `srv/churn/d${String(d).padStart(2, '0')}`), { recursive: true });
    for (let n = 0; n < CHURN_KEPT + CHURN_DELETED; n++) {
      writeFileSync(join(tmp, churnFile(n)), `churn file ${n}\nversion 1\n`);
    }
  });
}

/** A root of at least `entries` entries: the small root plus generated files, 1,000 a directory. */
export function bigRoot(entries: number): string {
  const small = smallRoot();
  return cached(join(CACHE, `roots/big-${entries}`), `big v1 ${entries}`, (tmp) => {
    linkCopy(small, tmp);
    const missing = entries - countEntries(tmp);
    log(`building a root of ${entries} entries: ${missing} generated files (once; about ${Math.ceil(missing / 12000)} s)`);
    for (let made = 0, d = 0; made < missing; d++) {
      const dir = join(tmp, 'usr/share/bench-big', `d${String(d).padStart(4, '0')}`);
      mkdirSync(dir, { recursive: true });
      made++;
      for (let f = 0; f < 1000 && made < missing; f++, made++) {
        const fd = openSync(join(dir, `f${String(f).padStart(4, '0')}`), 'w', 0o644);
        writeSync(fd, `bench file ${d}/${f}\n`);
        closeSync(fd);
      }
    }
  });
}
