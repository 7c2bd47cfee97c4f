/**
 * Containment where apply writes on the host: an apply dance (on a private copy of the test root,
 * never on this machine's /) of a module that plants symlinks to a host file where the logs of
 * apply's effects are written, then calls a blocked command so that an effect runs after the merge.
 * The host file is untouched: the sandbox's io directory is its own, not where disco writes.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DanceReport } from '../../../src/model/dance-report';
import { runCli } from '../../helpers/cli';
import { copyRootfs, removeTree } from '../../helpers/rootfs';
import { cleanUp, hostFile, hostileRepo, moduleOutput, TOKEN } from './hostile';

describe('containment: apply effects and the io directory', () => {
  let root: string;
  let canary: { path: string; content: string };
  let report: DanceReport;
  let code: number;

  before(() => {
    root = copyRootfs();
    canary = hostFile('canary');
    const repo = hostileRepo('hostile-apply', 'hostile', { token: TOKEN, canary_path: canary.path });
    const dir = mkdtempSync(join(tmpdir(), 'disco-hostile-report-'));
    const json = join(dir, 'report.json');
    assert.notEqual(root, '/');
    const result = runCli(['dance', '--repo', repo, '--node', 'hostile', '--root', root, '--json', json], { timeout: 120_000 });
    code = result.code;
    assert.ok(existsSync(json), result.stderr);
    report = JSON.parse(readFileSync(json, 'utf8')) as DanceReport;
    removeTree(dir);
  });

  after(() => {
    removeTree(root);
    cleanUp();
  });

  it('merged and ran the blocked command as an effect', () => {
    assert.ok([0, 1].includes(code));
    assert.equal(report.mode, 'apply');
    assert.match(moduleOutput(report, 'effects'), /ATTEMPT effect logs[\s\S]*planted/);
    const effect = report.modules[0].steps.find((s) => s.kind === 'effect');
    assert.ok(effect, 'no effect step ran');
    assert.equal(effect.name, 'service disco-probe restart');
  });

  it('wrote no effect log through the planted symlinks: the host file is untouched', () => {
    assert.equal(readFileSync(canary.path, 'utf8'), canary.content);
  });
});
