/**
 * Every kind of change a noop dance reports, on the cached Debian test root: created, modified
 * (content, mode only, owner only, symlink target), deleted (file, directory tree), a replaced
 * (opaque) directory, binary content, a cut diff, module files with their modes and links —
 * and blocked commands with the line of the module's own file, whoever ran them.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Change, DanceReport } from '../../../src/model/dance-report';
import { runCli } from '../../helpers/cli';
import { PROJECT, removeTree, testRootfs, treeHash } from '../../helpers/rootfs';

describe('noop dance: every kind of change', () => {
  let report: DanceReport;
  let stdout: string;
  let code: number;
  let root: string;
  let hashBefore: string;
  const byPath = (path: string): Change | undefined => report.modules.flatMap((m) => m.changes).find((c) => c.path === path);

  before(() => {
    root = testRootfs();
    const repo = mkdtempSync(join(tmpdir(), 'disco-kinds-'));
    cpSync(join(PROJECT, 'test/fixtures/repos/kinds'), repo, { recursive: true, verbatimSymlinks: true });
    chmodSync(join(repo, 'modules/filesmod/files/etc/kinds/secret'), 0o600); // git keeps no such mode
    const json = join(repo, 'report.json');
    hashBefore = treeHash(root);
    const result = runCli(['dance', '--noop', '--repo', repo, '--node', 'node1', '--root', root, '--json', json]);
    ({ code, stdout } = result);
    report = JSON.parse(readFileSync(json, 'utf8'));
    removeTree(repo);
  });

  it('leaves the target byte-identical', () => {
    assert.equal(treeHash(root), hashBefore);
  });

  it('fails overall because one module failed, and still ran every module', () => {
    assert.equal(code, 1);
    assert.equal(report.status, 'failed');
    assert.deepEqual(report.order, ['blocked', 'filesmod', 'kinds', 'fails']);
    assert.deepEqual(report.modules.map((m) => [m.name, m.status]), [
      ['blocked', 'passed'], ['filesmod', 'passed'], ['kinds', 'passed'], ['fails', 'failed'],
    ]);
  });

  it('reports a created file with its meta, md5 and diff, from a template using disco-param', () => {
    const change = byPath('/etc/kinds/new.conf')!;
    assert.equal(change.action, 'created');
    assert.equal(change.type, 'file');
    assert.equal(change.after!.mode, '0644');
    assert.equal(change.after!.owner, 'root');
    assert.match(change.diff!, /^\+port=8080$/m);
    assert.match(change.diff!, /^\+host=node1$/m);
    assert.equal(change.after!.md5, createHash('md5').update('port=8080\nhost=node1\n').digest('hex'));
  });

  it('reports content, mode-only and owner-only modifications', () => {
    const motd = byPath('/etc/motd')!;
    assert.equal(motd.action, 'modified');
    assert.match(motd.diff!, /^\+extra line$/m);
    assert.notEqual(motd.before!.md5, motd.after!.md5);
    const version = byPath('/etc/debian_version')!;
    assert.deepEqual([version.action, version.before!.mode, version.after!.mode], ['modified', '0644', '0600']);
    assert.equal(version.diff, undefined);
    const issueNet = byPath('/etc/issue.net')!;
    assert.deepEqual([issueNet.before!.owner, issueNet.after!.owner, issueNet.after!.group], ['root', 'daemon', 'daemon']);
  });

  it('reports deletions of a file and of a whole directory tree, and a replaced directory', () => {
    assert.equal(byPath('/etc/issue')!.action, 'deleted');
    assert.match(byPath('/etc/issue')!.diff!, /^-Debian GNU\/Linux 12/m);
    assert.equal(byPath('/etc/apt/apt.conf.d')!.type, 'directory');
    assert.equal(byPath('/etc/apt/apt.conf.d/70debconf')!.action, 'deleted');
    assert.equal(byPath('/etc/default/fresh')!.action, 'created');
    assert.equal(byPath('/etc/default/useradd')!.action, 'deleted');
    assert.equal(byPath('/etc/default'), undefined, 'the directory itself kept its mode and owner');
  });

  it('reports symlinks created and retargeted, binary content, and cuts long diffs', () => {
    assert.deepEqual([byPath('/etc/kinds-link')!.type, byPath('/etc/kinds-link')!.after!.target], ['symlink', '/etc/motd']);
    assert.equal(byPath('/etc/mtab')!.after!.target, '/proc/mounts');
    const blob = byPath('/etc/kinds/blob.bin')!;
    assert.equal(blob.binary, true);
    assert.equal(blob.diff, undefined);
    const big = byPath('/etc/kinds/big.txt')!;
    assert.equal(big.diffTruncated, true);
    assert.match(big.diff!, /diff cut at 65536/);
  });

  it('installs module files with their mode, as links where they are links, owned by root', () => {
    const secret = byPath('/etc/kinds/secret')!;
    assert.deepEqual([secret.after!.mode, secret.after!.owner], ['0600', 'root']);
    assert.equal(byPath('/etc/kinds/link')!.after!.target, 'secret');
    assert.equal(report.modules[1].steps[0].kind, 'files');
  });

  it('does not report a touched file whose content and meta did not change', () => {
    assert.equal(byPath('/etc/hostname'), undefined);
  });

  it('attributes each change to the module that made it', () => {
    const owner = (path: string): string | undefined => report.modules.find((m) => m.changes.some((c) => c.path === path))?.name;
    assert.equal(owner('/etc/kinds/secret'), 'filesmod');
    assert.equal(owner('/usr/local/lib/disco-helpers.sh'), 'blocked');
    assert.equal(owner('/etc/motd'), 'kinds');
    assert.equal(owner('/etc/fails-after'), 'fails');
  });

  it('records blocked commands with the line in the module file: direct, absolute path, function, sourced file, nested bash, subshell, under extdebug', () => {
    const source = 'modules/blocked/scripts/10-calls.sh';
    assert.deepEqual(report.modules[0].blocked, [
      { command: 'service nginx reload', source, line: 5 },
      { command: 'service web restart', source, line: 3 },
      { command: 'service everything reload', source, line: 8 },
      { command: 'hostname other-name', source, line: 10 },
      { command: 'service inner start', source, line: 11 },
      { command: 'service everything reload', source, line: 13 },
      { command: 'service sub restart', source, line: 14 },
    ]);
    assert.match(stdout, /^warning: Would execute : service nginx reload$/m);
    assert.match(stdout, /^i am node1$/m, 'hostname with no argument runs for real and prints the node');
  });

  it('writes nothing for a failing template and names it; a failing script fails its module', () => {
    const fails = report.modules[3];
    assert.deepEqual(fails.steps.map((s) => [s.kind, s.exitCode]), [['template', 3], ['script', 4], ['script', 0]]);
    assert.equal(byPath('/etc/fails.conf'), undefined);
    assert.match(stdout, /^error: fails: template modules\/fails\/templates\/etc\/fails.conf failed \(exit 3\): \/etc\/fails.conf not written$/m);
  });

  it('measures every step with the seed metrics', () => {
    for (const step of report.modules.flatMap((m) => m.steps)) {
      for (const key of ['time_real', 'time_user', 'time_sys', 'mem_max', 'mem_faults_minor', 'io_fsin', 'io_fsout', 'io_signals']) {
        assert.equal(typeof step.metrics[key], 'number', `${step.name} ${key}`);
      }
    }
    const script = report.modules[0].steps.find((s) => s.kind === 'script')!;
    assert.ok(script.metrics.mem_max > 1000, 'bash uses more than 1 MB');
    assert.ok(report.internal!.some((s) => s.name === 'diff'));
  });
});
