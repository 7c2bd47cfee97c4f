import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { badInputLine, cliRunners, PROJECT_DIR, runCli } from '../helpers/disco-cli';
import { GitFixture } from '../helpers/git-fixture';

let repo: GitFixture;
let base = '';
let head = '';
let cycle = '';

before(() => {
  repo = new GitFixture().copy(join(PROJECT_DIR, 'examples/webfarm'), '.').write({ 'README.md': 'docs\n' });
  base = repo.commit('base');
  repo.write({ 'modules/nginx/parameters/nginx/worker_processes': '4\n', 'README.md': 'more docs\n' }).remove('parameters/db1');
  head = repo.commit('head');
  repo.write({ 'modules/base/requires': 'after app\n' });
  cycle = repo.commit('cycle');
  repo.git('checkout', '-q', head);
});
after(() => repo.cleanup());

for (const runner of cliRunners) {
  describe(`disco affected (${runner.name})`, () => {
    const disco = (...args: string[]) => runCli(runner, ['affected', '--repo', repo.dir, ...args]);

    test('--json: nodes, removed and changed files', () => {
      const result = disco('--base', base, '--json');
      assert.equal(result.code, 0, result.stderr);
      assert.deepEqual(JSON.parse(result.stdout), {
        nodes: ['web1', 'web2'],
        removed: ['db1'],
        changed: [
          'README.md',
          'modules/nginx/parameters/nginx/worker_processes',
          'parameters/db1/modules/monitoring',
          'parameters/db1/modules/postgres',
          'parameters/db1/parameters/monitoring/checks/postgres',
          'parameters/db1/parameters/site/environment',
        ],
      });
    });

    test('--shards N adds a GitHub matrix', () => {
      const result = disco('--base', base, '--head', head, '--json', '--shards', '2');
      assert.equal(result.code, 0, result.stderr);
      assert.deepEqual(JSON.parse(result.stdout).matrix, { include: [{ shard: 1, nodes: 'web1' }, { shard: 2, nodes: 'web2' }] });
    });

    test('text: node names on stdout, the story on stderr', () => {
      const result = disco('--base', base);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stdout, 'web1\nweb2\n');
      assert.match(result.stderr, /^info: 2 node\(s\) affected by 6 changed file\(s\) \([0-9a-f]{12}\.\.[0-9a-f]{12}\)\ninfo: removed node db1\n$/);
    });

    test('a head that breaks the repository: exit 2, one line naming file and line', () => {
      const line = badInputLine(disco('--base', base, '--head', cycle));
      assert.match(line, /^error: modules\/base\/requires:1: cycle in requires: app → base → nginx → app \(→ = runs before; .*modules\/app\/requires:2/);
    });

    const badInputs: [string[], RegExp][] = [
      [['--base', 'no-such-ref'], /unknown git ref 'no-such-ref'/],
      [['--base', base, '--head', 'nope~3'], /unknown git ref 'nope~3'/],
      [[], /--base REF is required/],
      [['--base', base, '--shards', '0'], /--shards wants a whole number/],
      [['--base', base, '--shards', 'two'], /--shards wants a whole number/],
    ];
    for (const [args, pattern] of badInputs) {
      test(`bad input → exit 2, one line: affected ${args.join(' ').replace(base, 'BASE')}`, () => {
        assert.match(badInputLine(disco(...args)), pattern);
      });
    }

    test('a directory that is not in git is one line', () => {
      const result = runCli(runner, ['affected', '--repo', '/', '--base', 'HEAD']);
      assert.match(badInputLine(result), /not inside a git repository|unknown git ref/);
    });
  });
}
