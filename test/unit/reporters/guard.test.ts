import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { guardStream, guardUntrusted, randomToken } from '../../../src/reporters/guard';
import { endsStopped, interpretRunnerLog } from '../../helpers/runner-commands';

// Pieces that make workflow commands, escapes and line breaks more likely than random text would.
const PIECES = [
  '::', ':', '%0A', '%0D', '%25', '\r', '\n', '\r\n', '\u2028', '\u0085', ' ', '\t', '##[', ']', ';',
  'set-output name=x::y', 'add-mask::', 'error::', 'warning file=a,line=1::', 'stop-commands::', 'stop-commands',
  'endgroup', 'group::', 'save-state name=s::', '::add-mask::secret', '::set-env name=NODE_OPTIONS::--inspect',
];
const hex = (minLength: number, maxLength: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), minLength, maxLength });
const hostile = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 }), hex(1, 32)), { maxLength: 40 }).map((a) => a.join(''));

/** Asserts the guarded text makes the runner act on nothing but the stop and the resume. */
function assertInert(guarded: string, context: string): void {
  const acted = interpretRunnerLog(guarded);
  assert.equal(acted.length, 2, `${context}: ${JSON.stringify(acted.map((c) => c.line))}`);
  assert.equal(acted[0]!.name, 'stop-commands');
  assert.equal(acted[1]!.name.toLowerCase(), acted[0]!.data.toLowerCase());
  assert.equal(endsStopped(guarded), false, 'commands resume after the guarded text');
}

describe('the runner model used by these tests', () => {
  it('sees the commands that unguarded hostile output would run', () => {
    const names = interpretRunnerLog('::set-output name=a::b\nx%0A::error::y\r::add-mask::s\n  ##[set-env name=X;]1\n::notacommand').map((c) => c.name);
    assert.deepEqual(names, ['set-output', 'add-mask', 'set-env']);
  });

  it('resumes only on the exact token, ignoring case, and never on an empty token', () => {
    const log = '::stop-commands::Tok\n::error::no\n::tokx::\n::TOK::\n::error::yes\n::stop-commands::\n::::\n::error::still stopped';
    assert.deepEqual(interpretRunnerLog(log).map((c) => `${c.name}:${c.data}`), ['stop-commands:Tok', 'TOK:', 'error:yes', 'stop-commands:']);
  });
});

describe('guardUntrusted', () => {
  it('wraps text between ::stop-commands::<token> and ::<token>::', () => {
    const guarded = guardUntrusted('::set-output name=x::pwned\nplain', () => 'abc123');
    assert.equal(guarded, '::stop-commands::abc123\n::set-output name=x::pwned\nplain\n::abc123::\n');
  });

  it('draws a fresh 128-bit token each time, unrelated to the text', () => {
    const tokens = new Set(Array.from({ length: 50 }, () => randomToken()));
    assert.equal(tokens.size, 50);
    for (const token of tokens) assert.match(token, /^[0-9a-f]{32}$/);
    const a = guardUntrusted('same text');
    const b = guardUntrusted('same text');
    assert.notEqual(a.split('\n')[0], b.split('\n')[0]);
  });

  it('picks another token when the text contains the one drawn (in any case)', () => {
    const offered = ['deadbeef', 'cafe', 'f00d'];
    const guarded = guardUntrusted('x\n::DEADBEEF::\n::set-output name=a::b\nCaFe', () => offered.shift()!);
    assert.match(guarded, /^::stop-commands::f00d\n/);
    assertInert(guarded, 'guessed tokens');
  });

  it('gives up loudly rather than loop when the token source keeps colliding', () => {
    assert.throws(() => guardUntrusted('aaaa', () => 'a'), /keeps returning tokens/);
  });

  it('leaves no line of any generated text able to act (property)', () => {
    fc.assert(
      fc.property(hostile, (text) => assertInert(guardUntrusted(text), JSON.stringify(text))),
      { numRuns: 2000 },
    );
  });

  it('holds even when the text names the tokens the source offers first (property)', () => {
    fc.assert(
      fc.property(hostile, fc.array(hex(1, 6), { minLength: 1, maxLength: 5 }), (text, guesses) => {
        // The attacker's text contains resume lines for every token the source will offer first.
        const attack = `${text}\n${guesses.map((g) => `::${g}::\n::set-output name=owned::${g}`).join('\n')}`;
        const offered = [...guesses, randomToken()];
        assertInert(guardUntrusted(attack, () => offered.shift() ?? randomToken()), JSON.stringify(attack));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps the text itself unchanged between the markers', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const lines = guardUntrusted(text).split('\n');
        const body = lines.slice(1, -2).join('\n');
        assert.equal(body, text.endsWith('\n') ? text.slice(0, -1) : text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('guardStream: a dance output, guarded as it is written', () => {
  /** Runs `chunks` through a guard; `tokens` are offered in turn, then random ones. */
  const stream = (chunks: string[], tokens: string[] = []): string => {
    let out = '';
    const offered = [...tokens];
    const guard = guardStream((text) => (out += text), () => offered.shift() ?? randomToken());
    for (const chunk of chunks) guard.write(chunk);
    guard.close();
    return out;
  };
  /** Every acted command is a stop or the resume of the token in force; the log ends resumed. */
  const assertOnlyGuards = (log: string): void => {
    const acted = interpretRunnerLog(log);
    assert.ok(acted.length >= 2 && acted.length % 2 === 0, JSON.stringify(acted.map((c) => c.line)));
    for (let i = 0; i < acted.length; i += 2) {
      assert.equal(acted[i]!.name, 'stop-commands');
      assert.equal(acted[i + 1]!.name.toLowerCase(), acted[i]!.data.toLowerCase());
    }
    assert.equal(endsStopped(log), false);
  };

  it('writes nothing at all when nothing is written', () => {
    assert.equal(stream([]), '');
  });

  it('opens once, keeps every chunk unchanged and in order, and resumes at the end', () => {
    assert.equal(stream(['info: Processing m\n', '::add-mask::x\n', 'no line feed'], ['tok']), '::stop-commands::tok\ninfo: Processing m\n::add-mask::x\nno line feed\n::tok::\n');
  });

  it('stops again with a fresh token when a chunk contains the one in force (in any case)', () => {
    const out = stream(['first\n', 'a line with TOK1 in it\n::tok1::\n', 'last\n'], ['tok1', 'tok1', 'tok2']);
    assert.equal(out, '::stop-commands::tok1\nfirst\n::tok1::\n::stop-commands::tok2\na line with TOK1 in it\n::tok1::\nlast\n::tok2::\n');
    assertOnlyGuards(out);
  });

  it('also when the token in force would span two writes', () => {
    const out = stream(['::t', 'ok1:: and more\n'], ['tok1', 'tok1', 'tok2']);
    assert.equal(out, '::stop-commands::tok1\n::t\n::tok1::\n::stop-commands::tok2\nok1:: and more\n::tok2::\n');
    assertOnlyGuards(out);
  });

  it('leaves no line of any generated chunks able to act (property)', () => {
    fc.assert(
      fc.property(fc.array(hostile, { maxLength: 8 }), fc.array(hex(1, 4), { maxLength: 6 }), (chunks, tokens) => {
        const out = stream(chunks, tokens);
        if (chunks.join('') === '') assert.equal(out, '');
        else assertOnlyGuards(out);
      }),
      { numRuns: 500 },
    );
  });
});
