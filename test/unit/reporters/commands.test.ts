import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { run } from '../../../src/cli/run';
import { interpretRunnerLog } from '../../helpers/runner-commands';

const FIXTURES = 'test/fixtures/reports';
const SEED = join(FIXTURES, 'seed-localhost.json');
const BASE = join(FIXTURES, 'seed-localhost.base.json');
const scratch = mkdtempSync(join(tmpdir(), 'disco-cli-'));

/** Runs the CLI in this process (fast), capturing what it writes; env overrides last for the call. */
async function disco(args: string[], env: Record<string, string> = {}) {
  const overrides: Record<string, string> = { GITHUB_ACTIONS: '', ...env };
  const saved = Object.fromEntries(Object.keys(overrides).map((key) => [key, process.env[key]]));
  Object.assign(process.env, overrides);
  const out: string[] = [];
  const err: string[] = [];
  const write = { out: process.stdout.write, err: process.stderr.write };
  process.stdout.write = ((chunk: string) => out.push(String(chunk)) > 0) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => err.push(String(chunk)) > 0) as typeof process.stderr.write;
  try {
    const code = await run(args);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = write.out;
    process.stderr.write = write.err;
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** The real executable, for what only a process shows: exit status and stream separation. */
function discoProcess(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function assertBadInput(args: string[], message: RegExp): Promise<void> {
  const { code, stdout, stderr } = await disco(args);
  assert.equal(code, 2, stderr);
  assert.equal(stdout, '');
  assert.equal(stderr.split('\n').length, 2, `one line: ${stderr}`);
  assert.match(stderr, message);
}

describe('disco junit|annotate|summary|delta|report: bad input', () => {
  const notReport = join(scratch, 'not-a-report.json');
  writeFileSync(notReport, '{"hello": "world"}');
  const truncated = join(scratch, 'truncated.json');
  writeFileSync(truncated, readFileSync(SEED, 'utf8').slice(0, 500));
  const unknown = join(scratch, 'v9.json');
  writeFileSync(unknown, JSON.stringify({ ...JSON.parse(readFileSync(SEED, 'utf8')), schema: 'disco.dance/v9' }));

  for (const command of ['junit', 'annotate', 'summary', 'report']) {
    it(`${command}: exit 2 and one line naming the file`, async () => {
      await assertBadInput([command, notReport], new RegExp(`^error: Invalid DanceReport at ${notReport}: missing field "schema"\\n$`));
      await assertBadInput([command, truncated], /^error: Invalid DanceReport at .*truncated\.json: truncated JSON/);
      await assertBadInput([command, unknown], /^error: Invalid DanceReport at .*v9\.json: unknown schema "disco\.dance\/v9"/);
      await assertBadInput([command, join(scratch, 'missing.json')], /missing\.json: no such file\n$/);
    });
  }

  it('delta: exit 2 for a bad file or a wrong number of files', async () => {
    await assertBadInput(['delta', BASE, truncated], /truncated\.json: truncated JSON/);
    await assertBadInput(['delta', BASE], /give BASE\.json and HEAD\.json \(got 1 files\)/);
  });

  it('exit 2 for missing reports and bad flags', async () => {
    await assertBadInput(['junit'], /^error: disco junit: give at least one REPORT\.json\n$/);
    await assertBadInput(['summary', SEED, '--max-bytes', '100'], /--max-bytes wants a whole number ≥ 4096, got '100'/);
    await assertBadInput(['summary', SEED, '--repo-url', 'https://github.com/a/b'], /--repo-url and --sha go together/);
    await assertBadInput(['summary', SEED, '--repo-url', 'javascript:alert(1)', '--sha', 'abc'], /--repo-url wants an http\(s\) URL/);
    await assertBadInput(['annotate', SEED, '--changed', join(scratch, 'nope.txt')], /--changed .*nope\.txt: cannot read \(ENOENT\)/);
    await assertBadInput(['junit', SEED, '--verbose'], /Unknown option '--verbose'/);
  });
});

describe('disco as a process', () => {
  it('exits 2 with one line on stderr for bad input, 0 with output on stdout otherwise', () => {
    const bad = discoProcess(['summary', join(scratch, 'missing.json')]);
    assert.deepEqual([bad.code, bad.stdout, bad.stderr], [2, '', `error: Invalid DanceReport at ${join(scratch, 'missing.json')}: no such file\n`]);
    const good = discoProcess(['report', SEED]);
    assert.equal(good.code, 0);
    assert.match(good.stdout, /^report: _internal: plan\n/);
    assert.equal(good.stderr, '');
  });
});

describe('disco junit|annotate|summary|delta|report: results', () => {
  it('junit writes XML to -o FILE (creating its directory) and exits 0', async () => {
    const out = join(scratch, 'out/dir/junit.xml');
    const { code, stdout } = await disco(['junit', SEED, join(FIXTURES, 'failed-step.json'), '-o', out]);
    assert.equal(code, 0);
    assert.equal(stdout, '');
    const xml = readFileSync(out, 'utf8');
    assert.match(xml, /<testsuite name="localhost\.localdomain \(noop\)"/);
    assert.match(xml, /<testsuite name="web1 \(noop\)"/);
  });

  it('annotate prints workflow commands, prioritising --changed files', async () => {
    const changed = join(scratch, 'changed.txt');
    writeFileSync(changed, 'modules/web/scripts/20-reload.sh\n\n');
    const { code, stdout } = await disco(['annotate', SEED, join(FIXTURES, 'failed-step.json'), '--changed', changed]);
    assert.equal(code, 0);
    const commands = interpretRunnerLog(stdout);
    assert.equal(commands[0]!.properties.file, 'modules/web/scripts/20-reload.sh');
    const warnings = commands.filter((c) => c.name === 'warning').map((c) => c.properties.file);
    assert.deepEqual(warnings, ['modules/web/scripts/20-reload.sh', 'modules/testmodule-1.0/scripts/10-service_stop.sh']);
    assert.match(stdout, /\ninfo: 0 more annotations not shown \(all \d+ shown\)\n$/);
  });

  it('summary honours --base (repeatable), --max-bytes and --repo-url/--sha', async () => {
    const out = join(scratch, 'summary.md');
    const { code } = await disco(['summary', SEED, '--base', BASE, '--base', join(FIXTURES, 'symlink.json'), '-o', out, '--max-bytes', '65536', '--repo-url', 'https://github.com/acme/infra', '--sha', 'deadbeef']);
    assert.equal(code, 0);
    const md = readFileSync(out, 'utf8');
    assert.ok(Buffer.byteLength(md) <= 65536);
    assert.match(md, /### What this change alters/);
    assert.match(md, /only in base/);
    assert.match(md, /\(<https:\/\/github\.com\/acme\/infra\/blob\/deadbeef\/modules\/testmodule-1\.0\/scripts\/10-service_stop\.sh#L3>\)/);
  });

  it('delta prints text, or JSON with --json', async () => {
    const text = await disco(['delta', BASE, SEED]);
    assert.equal(text.code, 0);
    assert.match(text.stdout, /^warning: localhost\.localdomain \(noop\): new blocked command: service postgresql stop/m);
    const json = await disco(['delta', BASE, SEED, '--json']);
    const data = JSON.parse(json.stdout);
    assert.deepEqual(data.thresholds, { timeRatio: 0.2, timeMinSeconds: 0.05, memRatio: 0.2, memMinKiB: 1024 });
    assert.equal(data.nodes[0].blocked[0].command, 'service postgresql stop');
  });

  it('report reads the last dance’s report by default', async () => {
    const state = join(scratch, 'state');
    mkdirSync(state, { recursive: true });
    copyFileSync(SEED, join(state, 'last-report.json'));
    const { code, stdout } = await disco(['report'], { DISCO_STATE_DIR: state });
    assert.equal(code, 0);
    assert.match(stdout, /^report: _internal: plan\n/);
    assert.match(stdout, /\nreport: testmodule-1\.0: exec\nreport: 00-hello\.sh :\n/);
  });
});

describe('untrusted text in a GitHub runner log', () => {
  const hostile = join(FIXTURES, 'hostile-output.json');

  for (const args of [['junit', hostile], ['summary', hostile], ['report', hostile], ['delta', SEED, hostile], ['delta', SEED, hostile, '--json']]) {
    it(`${args.join(' ')}: guarded by stop-commands when GITHUB_ACTIONS=true`, async () => {
      const { code, stdout } = await disco(args, { GITHUB_ACTIONS: 'true' });
      assert.equal(code, 0);
      const acted = interpretRunnerLog(stdout);
      assert.equal(acted.length, 2, JSON.stringify(acted.map((c) => c.line)));
      assert.equal(acted[0]!.name, 'stop-commands');
      assert.equal(acted[1]!.name, acted[0]!.data);
    });
  }

  it('is not guarded outside Actions, nor when written with -o', async () => {
    assert.match((await disco(['report', hostile])).stdout, /^report: /);
    const out = join(scratch, 'hostile.xml');
    await disco(['junit', hostile, '-o', out], { GITHUB_ACTIONS: 'true' });
    assert.match(readFileSync(out, 'utf8'), /^<\?xml /, 'the file is the XML itself, no guard lines');
  });

  it('annotate output is never wrapped: its commands must act, its data is escaped', async () => {
    const { stdout } = await disco(['annotate', hostile], { GITHUB_ACTIONS: 'true' });
    const names = interpretRunnerLog(stdout).map((c) => c.name);
    assert.ok(names.length > 0 && names.every((n) => ['error', 'warning', 'notice'].includes(n)), names.join());
  });
});
