/**
 * Runaway steps are stopped by a limit and reported as failed steps with the reason, the dance
 * goes on, and the host stays responsive: a fork bomb (pids), a memory hog (memory), a script
 * that fills the scratch (tmpfs size), one that prints far more than is kept (output tail), one
 * that never ends (--step-timeout).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DanceReport, Step } from '../../../src/model/dance-report';
import { runCli } from '../../helpers/cli';
import { makeRepo } from '../../helpers/repo';
import { removeTree, testRootfs, treeHash } from '../../helpers/rootfs';

const modules = {
  'modules/bomb/scripts/10-bomb.sh': 'bomb() { bomb | bomb & }\nbomb\nsleep 2\n',
  'modules/hog/scripts/10-hog.sh': 'x=$(head -c 600000000 /dev/zero | tr "\\0" a)\necho survived\n',
  'modules/fill/scripts/10-fill.sh': 'set -e\nhead -c 100000000 /dev/zero > /var/tmp/fill\necho wrote it all\n',
  'modules/chatty/scripts/10-chatty.sh': 'yes "line of output" | head -c 200000000\necho the end\n',
  'modules/forever/scripts/10-forever.sh': 'echo starting\nwhile :; do sleep 1; done\n',
  'modules/after/scripts/10-after.sh': 'echo still dancing\n',
};

describe('limits inside the sandbox', () => {
  let report: DanceReport;
  let repo: string;
  let root: string;
  let hash: string;
  let seconds: number;
  const step = (module: string): Step => report.modules.find((m) => m.name === module)!.steps[0];

  before(() => {
    root = testRootfs();
    hash = treeHash(root);
    const names = ['after', 'bomb', 'chatty', 'fill', 'forever', 'hog'];
    repo = makeRepo('limited', names, modules);
    const started = Date.now();
    const result = runCli(['dance', '--noop', '--repo', repo, '--node', 'limited', '--root', root, '--json', join(repo, 'r.json'),
      '--pids-max', '100', '--memory-max', '256M', '--scratch-size', '64M', '--step-timeout', '4']);
    seconds = (Date.now() - started) / 1000;
    assert.equal(result.code, 1, result.stderr);
    report = JSON.parse(readFileSync(join(repo, 'r.json'), 'utf8'));
  });
  after(() => removeTree(repo));

  it('stops a fork bomb at the process limit', () => {
    assert.equal(step('bomb').exitCode !== 0, true);
    assert.match(step('bomb').reason!, /process limit|timed out/);
  });

  it('kills a memory hog at the memory limit', () => {
    assert.notEqual(step('hog').exitCode, 0);
    assert.match(step('hog').reason ?? step('hog').output, /memory limit|Cannot allocate|killed by signal 9/);
    assert.doesNotMatch(step('hog').output, /survived/);
  });

  it('fails a script that fills the scratch', () => {
    assert.notEqual(step('fill').exitCode, 0);
    assert.match(step('fill').output, /No space left on device/);
  });

  it('keeps the tail of huge output, and says how much there was', () => {
    const chatty = step('chatty');
    assert.equal(chatty.exitCode, 0);
    assert.match(chatty.output, /the end\n$/);
    assert.ok(chatty.output.length < 300_000);
    assert.ok(chatty.outputBytes! >= 200_000_000);
  });

  it('stops a script that never ends at --step-timeout', () => {
    assert.notEqual(step('forever').exitCode, 0);
    assert.match(step('forever').reason!, /timed out after 4 s/);
    assert.ok(step('forever').metrics.time_real < 6);
  });

  it('goes on with the next module, leaves the target alone, and stays fast', () => {
    assert.equal(step('after').exitCode, 0);
    assert.match(step('after').output, /still dancing/);
    assert.equal(treeHash(root), hash);
    assert.ok(seconds < 40, `took ${seconds} s`);
  });
});
