/** action.yml and the code name the same inputs and outputs (names once, in constants.ts), and run node24 with post always. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Inputs, Outputs } from '../../../src/action/constants';
import { PROJECT_DIR } from '../../helpers/disco-cli';

const yml = readFileSync(join(PROJECT_DIR, 'action.yml'), 'utf8');
const section = (name: string): string[] => {
  const body = yml.split(new RegExp(`^${name}:\\n`, 'm'))[1]!.split(/^\S/m)[0]!;
  return [...body.matchAll(/^ {2}([a-z-]+):\s*$/gm)].map((m) => m[1]!);
};

describe('action.yml', () => {
  it('declares exactly the inputs the code reads, each with a description and a default', () => {
    assert.deepEqual(section('inputs').sort(), Object.values(Inputs).sort());
    assert.equal([...yml.matchAll(/^ {4}default:/gm)].length, Object.values(Inputs).length);
  });

  it('declares exactly the outputs the code sets', () => {
    assert.deepEqual(section('outputs').sort(), Object.values(Outputs).sort());
  });

  it('runs dist/main.js and dist/post.js on node24, post always', () => {
    assert.match(yml, /^runs:\n {2}using: node24\n {2}main: dist\/main\.js\n {2}post: dist\/post\.js\n {2}post-if: always\(\)\n/m);
  });
});
