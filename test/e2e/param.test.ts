import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { badInputLine, cliRunners, runCli } from '../helpers/disco-cli';

const scratch = mkdtempSync(join(tmpdir(), 'disco-param-e2e-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

for (const runner of cliRunners) {
  describe(`disco param (${runner.name})`, () => {
    const tree = join(scratch, runner.name);
    const disco = (...args: string[]) => runCli(runner, ['param', '--tree', tree, ...args]);

    test('the seed client tree: set, then dump in the seed shape', () => {
      assert.equal(disco('set', 'disco/client/cmds/rsync', 'rsync -qaWHe "ssh -i /home/disco/.ssh/id_rsa_disco"').code, 0);
      assert.equal(disco('set', 'disco/server/uri', 'disco@aklabs.net').code, 0);
      const dump = disco('dump');
      assert.equal(dump.code, 0, dump.stderr);
      assert.equal(
        dump.stdout,
        [
          'disco = {}',
          'disco/client = {}',
          'disco/client/cmds = {}',
          'disco/client/cmds/rsync = rsync -qaWHe "ssh -i /home/disco/.ssh/id_rsa_disco"',
          'disco/server = {}',
          'disco/server/uri = disco@aklabs.net',
          '',
        ].join('\n'),
      );
    });

    test('get prints a value, or {} for a directory; keys lists children', () => {
      assert.equal(disco('get', 'disco/server/uri').stdout, 'disco@aklabs.net\n');
      assert.equal(disco('get', 'disco/client').stdout, '{}\n');
      assert.equal(disco('keys').stdout, 'disco\n');
      assert.equal(disco('keys', 'disco').stdout, 'client\nserver\n');
      assert.equal(disco('dump', 'disco/client').stdout, 'disco/client/cmds = {}\ndisco/client/cmds/rsync = rsync -qaWHe "ssh -i /home/disco/.ssh/id_rsa_disco"\n');
    });

    test('set KEY - reads the value from stdin', () => {
      const result = runCli(runner, ['param', '--tree', tree, 'set', 'motd', '-'], { input: 'line one\nline two\n' });
      assert.equal(result.code, 0, result.stderr);
      assert.equal(disco('get', 'motd').stdout, 'line one\nline two\n');
    });

    test('delete removes a key; a missing key is exit 2 with one line', () => {
      assert.equal(disco('delete', 'disco/client').code, 0);
      assert.equal(disco('keys', 'disco').stdout, 'server\n');
      assert.match(badInputLine(disco('get', 'disco/client')), /^error: .*: no such parameter 'disco\/client'$/);
      assert.match(badInputLine(disco('delete', 'nope')), /no such parameter 'nope'/);
    });

    test('the default tree comes from DISCO_PARAM_TREE (else DISCO_STATE_DIR/params)', () => {
      const env = { DISCO_PARAM_TREE: tree };
      assert.equal(runCli(runner, ['param', 'get', 'disco/server/uri'], { env }).stdout, 'disco@aklabs.net\n');
      const state = join(scratch, `state-${runner.name}`);
      assert.equal(runCli(runner, ['param', 'set', 'k', 'v'], { env: { DISCO_STATE_DIR: state, DISCO_PARAM_TREE: '' } }).code, 0);
      assert.equal(runCli(runner, ['param', '--tree', join(state, 'params'), 'get', 'k']).stdout, 'v\n');
    });

    const badInputs: [string[], RegExp][] = [
      [['get', '../etc/passwd'], /bad parameter name '\.\.\/etc\/passwd'/],
      [['set', '/abs', 'x'], /bad parameter name '\/abs'/],
      [['set', 'disco/server/uri/below', 'x'], /'disco\/server\/uri' is a value/],
      [['set', 'disco', 'x'], /'disco' is a directory/],
      [['keys', 'disco/server/uri'], /is a value, not a directory/],
      [['get'], /^error: usage: disco param/],
      [['frobnicate', 'x'], /^error: usage: disco param/],
      [['set', 'only-key'], /^error: usage: disco param/],
    ];
    for (const [args, pattern] of badInputs) {
      test(`bad input → exit 2, one line: param ${args.join(' ')}`, () => {
        assert.match(badInputLine(disco(...args)), pattern);
      });
    }

    test('a missing tree is one line', () => {
      assert.match(badInputLine(runCli(runner, ['param', '--tree', join(scratch, 'none'), 'dump'])), /none: parameter tree not found/);
    });
  });
}
