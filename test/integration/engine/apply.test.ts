/**
 * Apply: the scratch merges onto the target only when every step passed (deletions, a replaced
 * directory, modes, owners, symlinks, hard links), the blocked commands then run for real as
 * effect steps, and a noop dance right after reports zero changes. A failing module leaves the
 * target byte-identical. Always on a private copy of the test root, never on this machine's /.
 */
import assert from 'node:assert/strict';
import { chmodSync, existsSync, lstatSync, mkdtempSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DanceReport } from '../../../src/model/dance-report';
import { runCli } from '../../helpers/cli';
import { PROJECT, copyRootfs, removeTree, treeHash } from '../../helpers/rootfs';

const PROBE = `#!/bin/bash
printf '%s|' "$@" >> /var/tmp/effect-ran
echo probe ran
`;

function dance(repo: string, node: string, root: string, ...flags: string[]): { code: number; stdout: string; report: DanceReport } {
  const dir = mkdtempSync(join(tmpdir(), 'disco-report-'));
  const json = join(dir, 'report.json');
  const result = runCli(['dance', ...flags, '--repo', repo, '--node', node, '--root', root, '--json', json]);
  assert.ok(existsSync(json), `no report: ${result.stderr}`);
  const report = JSON.parse(readFileSync(json, 'utf8')) as DanceReport;
  removeTree(dir);
  return { code: result.code, stdout: result.stdout, report };
}

describe('apply dance', () => {
  let root: string;
  const repo = join(PROJECT, 'test/fixtures/repos/idempotent');
  let first: ReturnType<typeof dance>;

  before(() => {
    root = copyRootfs();
    writeFileSync(join(root, 'usr/local/bin/disco-effect-probe'), PROBE);
    chmodSync(join(root, 'usr/local/bin/disco-effect-probe'), 0o755);
    first = dance(repo, 'app1', root);
  });
  after(() => removeTree(root));

  it('passes and reports what it changed', () => {
    assert.equal(first.code, 0, first.stdout);
    assert.equal(first.report.mode, 'apply');
    assert.equal(first.report.status, 'passed');
    assert.ok(first.report.internal!.some((s) => s.name === 'merge'));
  });

  it('merged files, templates, modes, owners, symlinks and hard links onto the target', () => {
    assert.equal(readFileSync(join(root, 'etc/app/app.conf'), 'utf8'), 'level=debug\nnode=app1\n');
    assert.equal(readFileSync(join(root, 'etc/app/static.txt'), 'utf8'), 'static content\n');
    assert.equal(readlinkSync(join(root, 'etc/app/static.link')), 'static.txt');
    assert.equal(readlinkSync(join(root, 'etc/app/current')), '/etc/app/app.conf');
    const dir = lstatSync(join(root, 'etc/app/conf.d'));
    assert.deepEqual([dir.mode & 0o7777, dir.uid, dir.gid], [0o750, 1, 1]);
    const [a, b] = ['a', 'b'].map((n) => lstatSync(join(root, 'etc/app/conf.d', n)));
    assert.equal(a.ino, b.ino, 'hard link kept');
  });

  it('applied deletions and the replaced directory, and left no whiteout behind', () => {
    assert.equal(existsSync(join(root, 'etc/issue')), false);
    assert.equal(existsSync(join(root, 'etc/apt/apt.conf.d')), false);
    assert.deepEqual(readFileSync(join(root, 'etc/default/only'), 'utf8'), 'only\n');
    assert.equal(existsSync(join(root, 'etc/default/useradd')), false);
  });

  it('ran the blocked command for real after the merge, as an effect step', () => {
    assert.equal(readFileSync(join(root, 'var/tmp/effect-ran'), 'utf8'), 'restart|app|with spaces|');
    const effect = first.report.modules.find((m) => m.name === 'app')!.steps.find((s) => s.kind === 'effect')!;
    assert.equal(effect.name, 'disco-effect-probe restart app with spaces');
    assert.equal(effect.exitCode, 0);
    assert.match(effect.output, /probe ran/);
    assert.equal(effect.source, 'modules/app/scripts/10-setup.sh');
  });

  it('reports zero changes on a noop dance right after', () => {
    const again = dance(repo, 'app1', root, '--noop');
    assert.equal(again.code, 0);
    assert.deepEqual(again.report.modules.flatMap((m) => m.changes), []);
    assert.equal(again.report.modules.find((m) => m.name === 'app')!.blocked.length, 1, 'still blocked in noop');
  });
});

describe('apply dance with a failing module', () => {
  it('leaves the target byte-identical and runs no effect', () => {
    const root = copyRootfs();
    try {
      const hash = treeHash(root);
      const result = dance(join(PROJECT, 'test/fixtures/repos/kinds'), 'node1', root);
      assert.equal(result.code, 1);
      assert.equal(result.report.status, 'failed');
      assert.equal(result.report.internal!.some((s) => s.name === 'merge'), false);
      assert.equal(result.report.modules.flatMap((m) => m.steps).some((s) => s.kind === 'effect'), false);
      assert.equal(treeHash(root), hash);
    } finally {
      removeTree(root);
    }
  });
});
