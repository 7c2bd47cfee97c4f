import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { DanceReport, ModuleResult, Step } from '../../../src/model/dance-report';
import { readReport } from '../../../src/report/read-report';
import { collectAnnotations, selectAnnotations, toAnnotationLines } from '../../../src/reporters/annotations';
import { escapeData, escapeProperty, workflowCommand } from '../../../src/reporters/workflow-command';
import { interpretRunnerLog, parseCommand } from '../../helpers/runner-commands';

const FIXTURES = 'test/fixtures/reports';
const fixture = (name: string): DanceReport => readReport(join(FIXTURES, name));
const metrics: Step['metrics'] = { time_real: 0, time_user: 0, time_sys: 0, mem_max: 0, mem_faults_major: 0, mem_faults_minor: 0, io_fsin: 0, io_fsout: 0, io_signals: 0 };

/** A node with `n` failing scripts, `n` blocked commands and `n` created files in one module each. */
function noisyNode(node: string, n: number): DanceReport {
  const modules: ModuleResult[] = Array.from({ length: n }, (_, i) => ({
    name: `m${i}`,
    status: 'failed',
    steps: [{ kind: 'script', name: `10-run.sh`, source: `modules/m${i}/scripts/10-run.sh`, exitCode: 1, output: `boom ${i}\n`, metrics }],
    changes: [{ path: `/etc/m${i}.conf`, action: 'created', type: 'file' }],
    blocked: [{ command: `service m${i} restart`, source: `modules/m${i}/scripts/10-run.sh`, line: 2 }],
  }));
  return { schema: 'disco.dance/v1', node, mode: 'noop', status: 'failed', order: modules.map((m) => m.name), modules, errors: [] };
}

const commandsOf = (output: string) => interpretRunnerLog(output);

describe('workflow-command escaping', () => {
  it('escapes data and properties as @actions/core does', () => {
    assert.equal(escapeData('50% done\r\nnext'), '50%25 done%0D%0Anext');
    assert.equal(escapeProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A');
    assert.equal(
      workflowCommand('warning', { file: 'modules/a,b:c/x.sh', line: 3, title: 'Would execute' }, 'service x stop\n::error::no'),
      '::warning file=modules/a%2Cb%3Ac/x.sh,line=3,title=Would execute::service x stop%0A::error::no',
    );
  });

  it('round-trips any value through the runner’s parser as exactly one command (property)', () => {
    // The runner trims the property list, so a value cannot keep outer whitespace; data can.
    const text = fc.string({ unit: fc.constantFrom('a', ':', ',', '%', '0', 'A', 'D', '\r', '\n', '=', ' ', '#', '[', ']'), maxLength: 30 });
    const property = text.filter((s) => s.trim() === s);
    fc.assert(
      fc.property(property, property, text, (file, title, message) => {
        const line = workflowCommand('notice', { file, title }, message);
        assert.ok(!/[\r\n]/.test(line));
        const parsed = parseCommand(line)!;
        assert.equal(parsed.name, 'notice');
        assert.equal(parsed.data, message);
        if (file) assert.equal(parsed.properties.file, file);
        if (title) assert.equal(parsed.properties.title, title);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('toAnnotationLines on the seed example', () => {
  const output = toAnnotationLines([fixture('seed-localhost.json')]);
  const commands = commandsOf(output);

  it('warns at the blocked command’s line, titled "Would execute"', () => {
    const warning = commands.find((c) => c.name === 'warning')!;
    assert.deepEqual(warning.properties, { file: 'modules/testmodule-1.0/scripts/10-service_stop.sh', line: '3', title: 'Would execute' });
    assert.equal(warning.data, 'service postgresql stop\n(node: localhost.localdomain)');
  });

  it('puts a notice on the template that produced the file', () => {
    const notices = commands.filter((c) => c.name === 'notice');
    assert.deepEqual(notices.map((n) => [n.properties.file, n.properties.title]), [
      ['modules/othermodule-3.2/templates/etc/othermodule/stuff.cfg', 'Would create /etc/othermodule/stuff.cfg'],
      ['modules/othermodule-3.2/templates/etc/othermodule/stuff.cfg', 'Would create /etc/othermodule'],
    ]);
  });

  it('ends with the count of what was left out, as a plain log line', () => {
    const lines = output.trimEnd().split('\n');
    assert.equal(lines.at(-1), 'info: 0 more annotations not shown (all 3 shown)');
    assert.equal(parseCommand(lines.at(-1)!), undefined);
  });
});

describe('annotations of the engine’s own report of examples/seed', () => {
  it('match the hand-made seed report (blocked command and both file notices)', () => {
    const pick = (name: string) =>
      commandsOf(toAnnotationLines([fixture(name)]))
        .map((c) => `${c.name} ${c.properties.file}:${c.properties.line ?? ''} ${c.properties.title} ${c.data}`)
        .sort();
    assert.deepEqual(pick('engine-seed.json'), pick('seed-localhost.json'));
  });
});

describe('annotation placement', () => {
  it('errors at the failed step’s source, with exit code and output tail; dance errors too', () => {
    const commands = commandsOf(toAnnotationLines([fixture('failed-step.json')]));
    const errors = commands.filter((c) => c.name === 'error');
    assert.deepEqual(errors.map((e) => e.properties.file), [
      'modules/web/templates/etc/nginx/nginx.conf',
      'modules/web/scripts/20-reload.sh',
      'modules/broken/requires',
      undefined,
    ]);
    assert.match(errors[1]!.data, /^exit code 3\n\(node: web1\)\n\[… 281 earlier lines\]\n/);
    assert.match(errors[1]!.data, /error: upstream app1 unreachable$/);
  });

  it('attributes files to files/<path>, a folder files step of a script-less module, or else the first script', () => {
    const files = (name: string) => commandsOf(toAnnotationLines([fixture(name)])).filter((c) => c.name === 'notice').map((c) => c.properties.file);
    assert.deepEqual(files('symlink.json'), ['modules/alternatives/files/etc/alternatives/editor', 'modules/alternatives/scripts/10-link.sh']);
    assert.deepEqual(files('binary-change.json'), ['modules/pg/files/usr/local/lib/libpgext.so', 'modules/pg/files/usr/share/pg/logo.png']);
    assert.deepEqual(files('deleted-file.json'), Array(3).fill('modules/cleanup/scripts/10-remove-old.sh'));
  });

  it('prefers the template that wrote the path over the module’s scripts', () => {
    const report = fixture('seed-localhost.json');
    const other = report.modules[1]!;
    other.steps.unshift({ ...other.steps[0]!, kind: 'script', name: '00-prep.sh', source: 'modules/othermodule-3.2/scripts/00-prep.sh' });
    const notices = commandsOf(toAnnotationLines([report])).filter((c) => c.name === 'notice');
    assert.deepEqual(notices.map((n) => [n.properties.title, n.properties.file]), [
      ['Would create /etc/othermodule/stuff.cfg', 'modules/othermodule-3.2/templates/etc/othermodule/stuff.cfg'],
      ['Would create /etc/othermodule', 'modules/othermodule-3.2/scripts/00-prep.sh'],
    ]);
  });

  it('says "Created" rather than "Would create" for an apply dance', () => {
    const titles = commandsOf(toAnnotationLines([fixture('binary-change.json')])).map((c) => c.properties.title);
    assert.deepEqual(titles.slice(0, 2), ['Modified /usr/local/lib/libpgext.so', 'Created /usr/share/pg/logo.png']);
  });

  it('merges the same annotation from many nodes into one naming them', () => {
    const reports = Array.from({ length: 8 }, (_, i) => ({ ...fixture('seed-localhost.json'), node: `web${i}` }));
    const warnings = commandsOf(toAnnotationLines(reports)).filter((c) => c.name === 'warning');
    assert.equal(warnings.length, 1);
    assert.equal(warnings[0]!.data, 'service postgresql stop\n(nodes: web0, web1, web2, web3, web4 and 3 more)');
  });
});

describe('annotation caps and priority', () => {
  it('never shows more than 10 of a kind, errors and changed files first, and counts the rest', () => {
    const output = toAnnotationLines([noisyNode('n1', 30)], { changedFiles: ['./modules/m25/scripts/10-run.sh', '', 'modules/m27/scripts/10-run.sh'] });
    const commands = commandsOf(output);
    for (const level of ['error', 'warning', 'notice']) assert.equal(commands.filter((c) => c.name === level).length, 10, level);
    assert.equal(commands.length, 30);
    assert.deepEqual(commands.slice(0, 3).map((c) => c.properties.file), [
      'modules/m25/scripts/10-run.sh',
      'modules/m27/scripts/10-run.sh',
      'modules/m0/scripts/10-run.sh',
    ]);
    const warnings = commands.filter((c) => c.name === 'warning').map((c) => c.properties.file);
    assert.deepEqual(warnings.slice(0, 2), ['modules/m25/scripts/10-run.sh', 'modules/m27/scripts/10-run.sh']);
    assert.equal(output.trimEnd().split('\n').at(-1), 'info: 60 more annotations not shown (20 error, 20 warning, 20 notice; GitHub shows at most 10 of each kind per step and 50 per job)');
  });

  it('respects a smaller job budget, spending it on errors first', () => {
    const selection = selectAnnotations(collectAnnotations([noisyNode('n1', 30)]), { maxTotal: 12 });
    // After the errors, report order: module m0's warning, then its notice.
    assert.deepEqual(selection.shown.map((a) => a.level), [...Array(10).fill('error'), 'warning', 'notice']);
    assert.deepEqual(selection.omitted, { error: 20, warning: 29, notice: 29 });
  });

  it('never exceeds the caps and accounts for every annotation (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 60 }), (n, perLevel, total) => {
        const all = collectAnnotations([noisyNode('a', n)]);
        const { shown, omitted } = selectAnnotations(all, { maxPerLevel: perLevel, maxTotal: total });
        assert.ok(shown.length <= total);
        for (const level of ['error', 'warning', 'notice'] as const) assert.ok(shown.filter((a) => a.level === level).length <= perLevel);
        assert.equal(shown.length + omitted.error + omitted.warning + omitted.notice, all.length);
        const firstOther = shown.findIndex((a) => a.level !== 'error');
        if (firstOther >= 0) assert.ok(shown.slice(firstOther).every((a) => a.level !== 'error'), 'errors come first');
      }),
      { numRuns: 200 },
    );
  });
});

describe('hostile output in annotations', () => {
  const output = toAnnotationLines([fixture('hostile-output.json')]);

  it('yields only the annotation commands and the closing line, whatever the scripts printed', () => {
    const lines = output.trimEnd().split('\n');
    const commands = commandsOf(output);
    assert.equal(commands.length, lines.length - 1, 'one command per line, none hidden inside');
    assert.ok(commands.every((c) => ['error', 'warning', 'notice'].includes(c.name)), JSON.stringify(commands.map((c) => c.name)));
  });

  it('carries the hostile text as data, escaped and intact', () => {
    const error = commandsOf(output).find((c) => c.name === 'error' && c.properties.file?.includes('10-evil'))!;
    assert.equal(error.properties.file, 'modules/evil|mod`x`/scripts/10-evil ::x.sh');
    assert.match(error.data, /\n::set-output name=pwned::yes\n::add-mask::hunter2\nharmless%0A::error::injected\n/);
    const blocked = commandsOf(output).filter((c) => c.name === 'warning').map((c) => c.data.split('\n(node')[0]);
    assert.deepEqual(blocked, ['service nginx restart; echo ::set-output name=x::y', 'echo %0A::error::boom\n::warning::x\\x0d::notice::y']);
  });

  it('escapes the fixtures the way the runner unescapes them (file content unchanged)', () => {
    const raw = readFileSync(join(FIXTURES, 'hostile-output.json'), 'utf8');
    assert.ok(raw.includes('%0A::error::injected'));
  });
});
