import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { badInputLine, cliRunners, PROJECT_DIR, runCli } from '../helpers/disco-cli';

const fixture = (name: string): string => join(PROJECT_DIR, 'test/fixtures/repos', name);
const webfarm = join(PROJECT_DIR, 'examples/webfarm');

for (const runner of cliRunners) {
  describe(`disco plan (${runner.name})`, () => {
    const disco = (...args: string[]) => runCli(runner, args);

    test('text: the order, then one module per line with why it is there', () => {
      const result = disco('plan', '--repo', webfarm, '--node', 'web1');
      assert.equal(result.code, 0, result.stderr);
      assert.equal(
        result.stdout,
        [
          'info: plan for web1: base → nginx → app → monitoring',
          '   1. base        listed in parameters/web1/modules/base',
          "   2. nginx       pulled in by app: 'after nginx' at modules/app/requires:2",
          '   3. app         listed in parameters/web1/modules/app',
          "   4. monitoring  pulled in by app: 'before monitoring' at modules/app/requires:3",
          '',
        ].join('\n'),
      );
    });

    test('the seed example plans in the documented order', () => {
      const result = disco('plan', '--repo', join(PROJECT_DIR, 'examples/seed'), '--node', 'localhost.localdomain');
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /^info: plan for localhost\.localdomain: othermodule-3\.2 → testmodule-1\.0\n/);
    });

    test('--json: node, order, modules and merged parameters', () => {
      const result = disco('plan', '--repo', webfarm, '--node', 'web2', '--json');
      assert.equal(result.code, 0, result.stderr);
      const plan = JSON.parse(result.stdout);
      assert.deepEqual(Object.keys(plan), ['node', 'order', 'modules', 'parameters']);
      assert.equal(plan.node, 'web2');
      assert.deepEqual(plan.order, ['base', 'nginx', 'app', 'monitoring']);
      assert.deepEqual(Object.keys(plan.modules[0]), ['name', 'requires', 'files', 'templates', 'scripts']);
      assert.deepEqual(plan.modules[2].requires[1], { kind: 'before', module: 'monitoring', file: 'modules/app/requires', line: 3 });
      const port = plan.parameters.find((p: { key: string }) => p.key === 'nginx/port');
      assert.deepEqual(port, { key: 'nginx/port', type: 'value', value: '8080\n', origin: 'parameters/web2/parameters/nginx/port' });
    });

    test('--all: every node in name order; --repo defaults to the current directory', () => {
      const json = runCli(runner, ['plan', '--all', '--json'], { cwd: webfarm });
      assert.equal(json.code, 0, json.stderr);
      assert.deepEqual(JSON.parse(json.stdout).map((p: { node: string }) => p.node), ['db1', 'web1', 'web2']);
      const text = disco('plan', '--repo', webfarm, '--all');
      assert.deepEqual(text.stdout.split('\n').filter((l) => l.startsWith('info:')), [
        'info: plan for db1: base → postgres → monitoring',
        'info: plan for web1: base → nginx → app → monitoring',
        'info: plan for web2: base → nginx → app → monitoring',
      ]);
    });

    test('--node defaults to the host name', () => {
      const repo = mkdtempSync(join(tmpdir(), 'disco-plan-host-'));
      try {
        mkdirSync(join(repo, 'parameters', hostname(), 'modules'), { recursive: true });
        writeFileSync(join(repo, 'parameters', hostname(), 'modules', 'm'), '');
        mkdirSync(join(repo, 'modules', 'm'), { recursive: true });
        const result = disco('plan', '--repo', repo);
        assert.equal(result.code, 0, result.stderr);
        assert.equal(result.stdout.split('\n')[0], `info: plan for ${hostname()}: m`);
      } finally {
        rmSync(repo, { recursive: true, force: true });
      }
    });

    const badInputs: [string[], RegExp][] = [
      [['--repo', fixture('bad-requires-line'), '--node', 'n1'], /^error: modules\/m\/requires:3: expected 'after MODULE' or 'before MODULE', got 'needs base'$/],
      [['--repo', fixture('bad-cycle'), '--node', 'n1'], /^error: modules\/gamma\/requires:2: cycle in requires: alpha → gamma → beta → alpha /],
      [['--repo', fixture('bad-missing-module-node'), '--node', 'n1'], /^error: parameters\/n1\/modules\/ghost: module 'ghost' not found/],
      [['--repo', fixture('bad-missing-module-requires'), '--node', 'n1'], /^error: modules\/m\/requires:2: module 'ghost' not found/],
      [['--repo', fixture('bad-param-name'), '--node', 'n1'], /^error: parameters\/n1\/parameters\/bad name: bad parameter name 'bad name'/],
      [['--repo', fixture('bad-dotdot-param'), '--all'], /^error: parameters\/n1\/parameters\/ok\/a\.\.b: bad parameter name/],
      [['--repo', fixture('bad-dotdot-requires'), '--node', 'n1'], /^error: modules\/m\/requires:1: bad module name '\.\.\/base'/],
      [['--repo', fixture('bad-absolute-requires'), '--node', 'n1'], /^error: modules\/m\/requires:1: bad module name '\/etc\/base'/],
      [['--repo', fixture('bad-symlink-outside'), '--node', 'n1'], /^error: parameters\/n1\/parameters\/secret: symlink leads outside the repository/],
      [['--repo', fixture('bad-module-name'), '--node', 'n1'], /^error: parameters\/n1\/modules\/we\$b: bad module name/],
      [['--repo', fixture('no-such-repo'), '--node', 'n1'], /^error: .*no-such-repo: repository not found$/],
      [['--repo', webfarm, '--node', 'web9'], /^error: parameters\/web9: unknown node 'web9' \(known nodes: db1, web1, web2\)$/],
      [['--repo', webfarm, '--node', '../etc'], /^error: bad node name '\.\.\/etc'/],
      [['--repo', webfarm, '--node', 'web1', '--all'], /^error: give either --node NAME or --all/],
      [['--repo', webfarm, '--bogus'], /^error: Unknown option '--bogus'/],
    ];
    for (const [args, pattern] of badInputs) {
      test(`bad input → exit 2, one line: ${args.slice(1).join(' ').replace(PROJECT_DIR + '/', '')}`, () => {
        assert.match(badInputLine(disco('plan', ...args)), pattern);
      });
    }

    test('DISCO_DEBUG=1 adds the stack trace', () => {
      const result = runCli(runner, ['plan', '--repo', fixture('bad-cycle'), '--node', 'n1'], { env: { DISCO_DEBUG: '1' } });
      assert.equal(result.code, 2);
      assert.match(result.stderr, /\n\s+at /);
    });
  });
}
