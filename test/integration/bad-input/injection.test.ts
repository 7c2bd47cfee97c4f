/**
 * Workflow-command injection (issue 10, item 6; DESIGN §5 "Untrusted text"): a module whose output,
 * file names, file contents, diffs, script names and blocked commands are crafted to inject
 * workflow commands (`::set-output`, `::add-mask::`, `::stop-commands::`, `%0A::error::`, a lone CR
 * before `::warning::`, indented and legacy `##[…]` forms) goes through a real noop dance over the
 * small test root, then through `disco junit`, `annotate`, `summary`, `report` and `delta` with
 * GITHUB_ACTIONS=true. Read by the runner's rule (test/helpers/runner-commands.ts), no output may
 * yield a workflow command but the stop/resume pair of disco's own guard — except `annotate`,
 * whose lines are exactly the intended annotations, every value escaped so it round-trips intact.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DanceReport } from '../../../src/model/dance-report';
import { readReport } from '../../../src/report/read-report';
import { collectAnnotations, selectAnnotations } from '../../../src/reporters/annotations';
import { runCli, type CliResult } from '../../helpers/cli';
import { makeRepo } from '../../helpers/repo';
import { miniRootfs, removeTree, treeHash } from '../../helpers/rootfs';
import { endsStopped, interpretRunnerLog, type RunnerCommand } from '../../helpers/runner-commands';

const NODE = 'web1';

/** Lines a module prints to take over the runner (each one a command if it reached the log raw). */
const INJECTION = [
  '::set-output name=pwned::yes',
  '::add-mask::output-secret',
  '::stop-commands::x',
  '::x::',
  'harmless%0A::error::pct-injected',
  'lone cr\r::warning::cr-injected',
  '  ::notice file=/etc/passwd,line=1::indented',
  '##[set-output name=legacy;]value',
  '::error title=last::no line feed at the end',
].join('\n');

/** `printf` format text for a bash single-quoted string: `%` doubled, `\` and `'` escaped. */
const printfArg = (text: string): string =>
  text.replace(/\\/g, '\\\\').replace(/%/g, '%%').replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/'/g, "'\\''");

const hostileFiles: Record<string, string> = {
  // Script output, failing with an exit code of its own.
  'modules/evil/scripts/10-print.sh': `printf '${printfArg(INJECTION)}'\nexit 3\n`,
  // Script names that are commands themselves (a failed step's name is in titles and test names).
  'modules/evil/scripts/20-::set-output name=script::y.sh': 'echo "::add-mask::name-secret"\nexit 4\n',
  'modules/evil/scripts/30-cr\r::warning::script-cr.sh': 'exit 5\n',
  'modules/evil/scripts/35-lf\n::error::script-lf.sh': 'exit 6\n',
  // Blocked commands whose command lines carry commands (annotations: "Would execute").
  'modules/evil/scripts/40-blocked.sh':
    "service '::add-mask::blocked-secret' restart\n" +
    "service $'lf\\n::error::blocked-lf' restart\n" +
    // A modified file: the diff of an existing target file gains hostile lines.
    `printf '${printfArg('::set-output name=issue::v\n\r::warning::issue-cr\n')}' >> /etc/issue\n`,
  // Paths (file names) and contents: created files, their diffs.
  'modules/evil/files/etc/::set-output name=file::y': `${INJECTION}\n`,
  'modules/evil/files/etc/lf\n::add-mask::path-secret': 'x\n',
  'modules/evil/files/etc/cr\r::warning::path-cr': 'x\n',
  'modules/evil/files/etc/%0A::error::path-pct': 'x\n',
  'modules/evil/files/etc/,title=x:y%2C': 'x\n',
  // A template: its stdout is the file content.
  'modules/evil/templates/etc/evil.conf': `printf '${printfArg('::add-mask::template-secret\n%0A::error::template\n\r::warning::template-cr\n')}'\n`,
};

/** The same module, harmless: the base of `delta` and `summary --base`. */
const baseFiles: Record<string, string> = {
  'modules/evil/scripts/10-print.sh': 'echo fine\n',
  'modules/evil/templates/etc/evil.conf': 'echo benign\n',
};

/**
 * Asserts the runner acts on nothing in `log` but disco's guard: `::stop-commands::<token>` …
 * `::<token>::` pairs, each token 128 random bits in hex; the log never ends with commands stopped.
 */
function assertInert(log: string, label: string): void {
  const acted = interpretRunnerLog(log);
  const shown = (commands: RunnerCommand[]): string => commands.map((c) => JSON.stringify(c.line)).join('\n');
  assert.ok(acted.length >= 2 && acted.length % 2 === 0, `${label}: only stop/resume pairs expected, got:\n${shown(acted)}`);
  for (let i = 0; i < acted.length; i += 2) {
    const [stop, resume] = [acted[i]!, acted[i + 1]!];
    assert.equal(stop.name, 'stop-commands', `${label}: ${shown(acted)}`);
    assert.match(stop.data, /^[0-9a-f]{32}$/, `${label}: a random token`);
    assert.equal(resume.name, stop.data, `${label}: resumed by disco's own token`);
    assert.equal(resume.data, '');
  }
  assert.equal(endsStopped(log), false, `${label}: commands resumed at the end`);
}

/** Asserts the output carries the hostile text at all (so the guard had something to stop). */
function assertCarries(output: string, needles: string[], label: string): void {
  for (const needle of needles) assert.ok(output.includes(needle), `${label}: output should carry ${JSON.stringify(needle)}`);
}

describe('workflow-command injection: module output reaches the runner log inert', () => {
  let work: string;
  let root: string;
  let hash: string;
  let head: string;
  let base: string;
  let danceOutput: CliResult;
  let env: Record<string, string>;
  const runner = (args: string[]): CliResult => runCli(args, { env: { ...env, GITHUB_ACTIONS: 'true' }, cwd: work });

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'disco-injection-'));
    root = miniRootfs();
    hash = treeHash(root);
    env = { ...process.env, DISCO_STATE_DIR: join(work, 'state') } as Record<string, string>;
    delete env.DISCO_DEBUG;
    delete env.GITHUB_ACTIONS;
    const hostileRepo = makeRepo(NODE, ['evil'], hostileFiles);
    const baseRepo = makeRepo(NODE, ['evil'], baseFiles);
    base = join(work, 'base.json');
    head = join(work, 'head.json');
    const baseDance = runCli(['dance', '--noop', '--repo', baseRepo, '--node', NODE, '--root', root, '--json', base], { env });
    assert.equal(baseDance.code, 0, baseDance.stderr + baseDance.stdout);
    // The hostile dance itself runs "in a runner" too: its own output is a path into the log.
    danceOutput = runner(['dance', '--noop', '--repo', hostileRepo, '--node', NODE, '--root', root, '--json', head]);
    assert.equal(danceOutput.code, 1, danceOutput.stderr + danceOutput.stdout);
    removeTree(hostileRepo);
    removeTree(baseRepo);
  });

  after(() => removeTree(work));

  it('the noop dance left the target byte-identical', () => {
    assert.equal(treeHash(root), hash);
  });

  it('the report really carries the hostile material (output, paths, diffs, names, blocked commands)', () => {
    const report: DanceReport = JSON.parse(readFileSync(head, 'utf8'));
    const module = report.modules.find((m) => m.name === 'evil')!;
    const outputs = module.steps.map((s) => s.output).join('\n');
    assertCarries(outputs, ['::add-mask::output-secret', 'lone cr\r::warning::cr-injected', '::add-mask::name-secret'], 'step output');
    const names = module.steps.map((s) => s.name);
    assert.ok(names.includes('20-::set-output name=script::y.sh') && names.includes('30-cr\r::warning::script-cr.sh'), names.join(' | '));
    assert.ok(module.steps.filter((s) => s.exitCode !== 0).length >= 3, 'several failed steps, each its own exit code');
    const paths = module.changes.map((c) => c.path);
    for (const path of ['/etc/lf\n::add-mask::path-secret', '/etc/cr\r::warning::path-cr', '/etc/%0A::error::path-pct', '/etc/::set-output name=file::y']) {
      assert.ok(paths.includes(path), `change for ${JSON.stringify(path)} in ${JSON.stringify(paths)}`);
    }
    const diffs = module.changes.map((c) => c.diff ?? '').join('\n');
    assertCarries(diffs, ['+::add-mask::output-secret', '+\r::warning::issue-cr', '+::add-mask::template-secret'], 'diffs');
    const blocked = module.blocked.map((b) => b.command).join('\n');
    // The shims record a command line with its arguments joined by spaces.
    assertCarries(blocked, ['::add-mask::blocked-secret', 'lf ::error::blocked-lf'], 'blocked commands');
  });

  it('control: the same text unguarded would act (the model and the material can fail the test)', () => {
    const raw = runCli(['junit', head], { env, cwd: work }); // no GITHUB_ACTIONS: no guard
    assert.equal(raw.code, 0, raw.stderr);
    const names = interpretRunnerLog(raw.stdout).map((c) => c.name);
    assert.ok(names.includes('add-mask') || names.includes('set-output') || names.includes('warning'), names.join(' '));
  });

  it('disco dance: its own output (step output, paths, diffs) is guarded as it streams', () => {
    assert.equal(danceOutput.stderr, '');
    assertCarries(danceOutput.stdout, ['::add-mask::output-secret', 'cr\r::warning::path-cr', '::add-mask::template-secret'], 'dance');
    assertInert(danceOutput.stdout + danceOutput.stderr, 'dance');
  });

  const presenters: { name: string; args: (h: string, b: string) => string[]; carries: string[] }[] = [
    { name: 'junit', args: (h) => ['junit', h], carries: ['::add-mask::output-secret', 'path-secret'] },
    { name: 'summary', args: (h) => ['summary', h], carries: ['::add-mask::output-secret', '::add-mask::template-secret'] },
    { name: 'summary --base', args: (h, b) => ['summary', h, '--base', b], carries: ['::add-mask::template-secret'] },
    { name: 'report', args: (h) => ['report', h], carries: ['20-::set-output name=script::y.sh'] },
    { name: 'delta', args: (h, b) => ['delta', b, h], carries: ['::set-output name=file::y', 'blocked-secret'] },
    { name: 'delta --json', args: (h, b) => ['delta', b, h, '--json'], carries: ['::set-output name=file::y', 'blocked-secret'] },
    { name: 'delta (head to base)', args: (h, b) => ['delta', h, b], carries: ['::set-output name=file::y'] },
  ];

  for (const presenter of presenters) {
    it(`disco ${presenter.name}: only disco's stop/resume pair acts`, () => {
      const result = runner(presenter.args(head, base));
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stderr, '');
      assertCarries(result.stdout, presenter.carries, presenter.name);
      assertInert(result.stdout + result.stderr, presenter.name);
    });
  }

  it('disco annotate: exactly the intended annotations, every value escaped and intact', () => {
    const result = runner(['annotate', head, base]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, '');
    const acted = interpretRunnerLog(result.stdout);
    const reports = [readReport(head), readReport(base)];
    const expected = selectAnnotations(collectAnnotations(reports)).shown;
    assert.ok(expected.length >= 8, `${expected.length} annotations`);
    assert.equal(acted.length, expected.length, acted.map((c) => c.line).join('\n'));
    expected.forEach((annotation, i) => {
      const command = acted[i]!;
      assert.equal(command.name, annotation.level);
      const properties: Record<string, string> = {};
      if (annotation.file) properties.file = annotation.file;
      if (annotation.line !== undefined) properties.line = String(annotation.line);
      if (annotation.title) properties.title = annotation.title;
      assert.deepEqual(command.properties, properties, command.line);
      assert.equal(command.data, annotation.message, command.line);
    });
    // The hostile text is there — as the data of the intended annotations, never as a command.
    const names = new Set(acted.map((c) => c.name));
    assert.deepEqual([...names].filter((n) => !['error', 'warning', 'notice'].includes(n)), []);
    const data = acted.map((c) => c.data).join('\n');
    assertCarries(data, ['::add-mask::output-secret', '::add-mask::blocked-secret'], 'annotations');
    assert.ok(acted.some((c) => c.name === 'warning' && c.properties.title === 'Would execute' && c.data.includes('lf ::error::blocked-lf')));
    assert.ok(acted.some((c) => c.name === 'error' && /^modules\/evil\/scripts\/10-print\.sh$/.test(c.properties.file ?? '')));
    assert.ok(acted.some((c) => c.name === 'notice' && (c.properties.title ?? '').includes('::warning::path-cr')));
    assert.match(result.stdout, /\ninfo: \d+ more annotations not shown[^\n]*\n$/);
  });

  it('one log with every output in turn: nothing but the guards and the annotations acts', () => {
    const outputs = [danceOutput, ...presenters.map((p) => runner(p.args(head, base))), runner(['annotate', head])];
    const log = outputs.map((r) => r.stdout + r.stderr).join('');
    const acted = interpretRunnerLog(log);
    const guards = acted.filter((c) => c.name === 'stop-commands' || /^[0-9a-f]{32}$/.test(c.name));
    const rest = acted.filter((c) => !guards.includes(c));
    assert.equal(guards.length, 2 * (1 + presenters.length));
    assert.ok(rest.length > 0 && rest.every((c) => ['error', 'warning', 'notice'].includes(c.name)), rest.map((c) => c.line).join('\n'));
    assert.equal(endsStopped(log), false);
  });
});
