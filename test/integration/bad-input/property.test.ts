/**
 * Bad input at scale, property-based (issue 10, item 5): fast-check generates module repositories —
 * names good and hostile, random `requires` lines (cycles, missing modules, garbage), random
 * parameter trees, symlinks leading anywhere, scripts that print workflow commands, write to the
 * target, call blocked commands and exit with random codes — and random arguments, then runs
 * `disco plan` and `disco dance --noop` over a copy of the small test root. Whatever the input:
 * the exit code is 0, 1 or 2; with 2, exactly one `error:` line on stderr; never a stack trace or
 * an internal error; the target's tree hash never changes; nothing is left in TMPDIR.
 *
 * Runs: DISCO_PROPERTY_PLANS (default 100) and DISCO_PROPERTY_DANCES (default 25). A failure prints
 * fast-check's seed and path — replay with DISCO_PROPERTY_SEED=<seed> DISCO_PROPERTY_PATH=<path>;
 * a failing dance is not shrunk (each try is a dance) unless DISCO_PROPERTY_SHRINK=1.
 */
import assert from 'node:assert/strict';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { runCli, type CliResult } from '../../helpers/cli';
import { miniRootfs, removeTree, treeHash } from '../../helpers/rootfs';

const PLANS = Number(process.env.DISCO_PROPERTY_PLANS) || 100;
const DANCES = Number(process.env.DISCO_PROPERTY_DANCES) || 25;
const replay = (): { seed?: number; path?: string } =>
  process.env.DISCO_PROPERTY_SEED ? { seed: Number(process.env.DISCO_PROPERTY_SEED), path: process.env.DISCO_PROPERTY_PATH } : {};

// ── names ────────────────────────────────────────────────────────────────────────────────────
const GOOD = ['a', 'b', 'c', 'base', 'web', 'db', 'x.y', 'm-1', 'm_2', 'A9'];
const HOSTILE = [
  'a b', '.', '..', '-rf', 'a:b', 'a,b', 'a\nb', 'a\rb', '::set-output name=x::y', '%0A::error::x', '$(reboot)', '`id`',
  'ü', '*', '.gitkeep', "a'b", 'x'.repeat(200), '../etc', '/etc', 'a/b', '',
];
const goodName = fc.constantFrom(...GOOD);
const anyName = fc.oneof(
  { weight: 6, arbitrary: goodName },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ minLength: 0, maxLength: 12 }) },
);
/** Names a directory entry can have (no `/`, no NUL, not `.`/`..`, at most 255 bytes). */
const creatable = (name: string): boolean =>
  name !== '' && name !== '.' && name !== '..' && !name.includes('/') && !name.includes('\0') && Buffer.byteLength(name) <= 255;
const entryName = anyName.filter(creatable);

// ── contents ─────────────────────────────────────────────────────────────────────────────────
const INJECTION = ['::set-output name=x::y', '::add-mask::secret', '::stop-commands::t', '%0A::error::x', '\r::warning::cr', '##[error]legacy'];
const squote = (text: string): string => `'${text.replace(/'/g, "'\\''")}'`;

const script = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .record({
        exit: fc.integer({ min: 0, max: 255 }),
        say: fc.oneof(fc.constantFrom(...INJECTION), fc.string({ maxLength: 40 })),
        write: fc.option(fc.constantFrom('/etc/motd', '/etc/disco-new', '/root/x', '/var/tmp/x', '/tmp/x', '/etc/hostname'), { nil: undefined }),
        remove: fc.option(fc.constantFrom('/etc/issue', '/etc/fstab', '/var/log'), { nil: undefined }),
        blocked: fc.boolean(),
      })
      .map(({ exit, say, write, remove, blocked }) =>
        [
          `printf '%s\\n' ${squote(say)}`,
          write ? `echo changed >> ${write}` : '',
          remove ? `rm -rf ${remove}` : '',
          blocked ? 'service nginx restart' : '',
          `exit ${exit}`,
        ].filter(Boolean).join('\n') + '\n'),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 60 }) }, // often not even bash
);

/** One entry of a tree (parameters, files/, templates/, scripts/): a path of 1–3 names. */
interface Entry {
  path: string[];
  kind: 'file' | 'dir' | 'symlink';
  content: string;
  target: string;
}
const SYMLINK_TARGETS = ['/etc/passwd', '../../../../../../../etc/shadow', '.', '..', 'missing', '../requires', '/', '@self'];

/**
 * A repository is generated either clean (names, requires and symlinks as the rules allow, so the
 * dance really runs — its scripts still fail, print commands and write at random) or hostile
 * (anything goes). Plan and dance see both.
 */
const entry = (clean: boolean, content: fc.Arbitrary<string>, links = !clean): fc.Arbitrary<Entry> =>
  fc.record({
    path: fc.array(clean ? goodName : entryName, { minLength: 1, maxLength: 3 }),
    kind: links ? fc.constantFrom<Entry['kind']>('file', 'file', 'file', 'dir', 'symlink', 'symlink') : fc.constantFrom<Entry['kind']>('file', 'file', 'file', 'dir'),
    content,
    // Clean repositories have links in files/ only (copied as links, never followed): anywhere.
    target: fc.constantFrom(...SYMLINK_TARGETS),
  });
const entries = (clean: boolean, content: fc.Arbitrary<string>, max: number, links = !clean): fc.Arbitrary<Entry[]> =>
  fc.array(entry(clean, content, links), { maxLength: max });

// ── repositories ─────────────────────────────────────────────────────────────────────────────
/**
 * A line of module `name`'s requires. Clean: `after` an earlier module of the list only (so no
 * cycle), comments and blank lines. Hostile: after/before any name, other verbs, garbage.
 */
const requires = (clean: boolean, names: string[], name: string): fc.Arbitrary<string> => {
  if (clean) {
    const earlier = names.slice(0, names.indexOf(name));
    const comments = fc.constantFrom('', '# a comment', '   # indented comment');
    if (earlier.length === 0) return comments;
    const ordering = fc.constantFrom(...earlier).map((m) => `after ${m}`);
    return fc.oneof({ weight: 4, arbitrary: ordering }, { weight: 1, arbitrary: comments }, { weight: 1, arbitrary: ordering.map((l) => `${l} # why`) });
  }
  return fc.oneof(
    { weight: 6, arbitrary: fc.tuple(fc.constantFrom('after', 'before'), goodName).map(([kind, m]) => `${kind} ${m}`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('after', 'before', 'needs', 'AFTER', 'after  '), anyName).map(([kind, m]) => `${kind} ${m}`) },
    { weight: 1, arbitrary: fc.constantFrom('', '# a comment', 'after base # trailing', 'after', 'after a b', '\tbefore c  ') },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  );
};

interface ModuleSpec {
  name: string;
  requires: string[] | undefined;
  parameters: Entry[];
  files: Entry[];
  templates: Entry[];
  scripts: Entry[];
}
interface NodeSpec {
  name: string;
  modules: string[];
  parameters: Entry[];
}
interface RepoSpec {
  clean: boolean;
  nodes: NodeSpec[];
  modules: ModuleSpec[];
}

const repoSpec: fc.Arbitrary<RepoSpec> = fc.boolean().chain((clean) =>
  fc.uniqueArray(clean ? goodName : fc.oneof({ weight: 8, arbitrary: goodName }, { weight: 1, arbitrary: entryName }), { minLength: 1, maxLength: 5 }).chain((names) => {
    // Clean nodes list modules that exist; hostile ones may list anything.
    const moduleRef = clean ? fc.constantFrom(...names) : fc.oneof({ weight: 6, arbitrary: goodName }, { weight: 1, arbitrary: entryName });
    const modules = fc.tuple(
      ...names.map((name) =>
        fc.record({
          name: fc.constant(name),
          requires: fc.option(fc.array(requires(clean, names, name), { maxLength: 3 }), { nil: undefined }),
          parameters: entries(clean, fc.string({ maxLength: 10 }), 3),
          files: entries(clean, fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...INJECTION)), 3, true),
          templates: entries(clean, script, 2),
          scripts: entries(clean, script, 3),
        }),
      ),
    );
    const nodes = fc.uniqueArray(
      fc.record({
        name: clean ? goodName : fc.oneof({ weight: 6, arbitrary: goodName }, { weight: 1, arbitrary: entryName }),
        modules: fc.array(moduleRef, { maxLength: 3 }),
        parameters: entries(clean, fc.string({ maxLength: 10 }), 3),
      }),
      { minLength: 1, maxLength: 3, selector: (node) => node.name },
    );
    return fc.record({ clean: fc.constant(clean), nodes, modules: modules.map((list) => [...list]) });
  }),
);

/** Writes what it can of `spec` (an entry that collides with an earlier one is skipped). */
function writeRepo(dir: string, spec: RepoSpec): void {
  const attempt = (work: () => void): void => {
    try {
      work();
    } catch {
      // a name clash inside the generated tree (a file where a directory is, …): leave it out
    }
  };
  // The generated symlinks point anywhere (the host's /, /etc/shadow): writing the tree must never
  // go through one. Directories are made one level at a time, refusing any symlink on the way, and
  // files and links are created exclusively (O_EXCL does not follow a link at the last component).
  const safeDir = (root: string, parts: string[]): string | undefined => {
    let path = root;
    for (const part of parts) {
      path = join(path, part);
      let st;
      try {
        st = lstatSync(path);
      } catch {
        mkdirSync(path);
        continue;
      }
      if (!st.isDirectory()) return undefined;
    }
    return path;
  };
  const writeEntries = (base: string, list: Entry[]): void => {
    for (const e of list) {
      attempt(() => {
        const parent = safeDir(dir, [...relative(dir, base).split('/'), ...e.path.slice(0, -1)]);
        if (!parent) return;
        const path = join(parent, e.path[e.path.length - 1]!);
        if (e.kind === 'dir') safeDir(parent, [e.path[e.path.length - 1]!]);
        else if (e.kind === 'symlink') symlinkSync(e.target === '@self' ? e.path[e.path.length - 1]! : e.target, path);
        else writeFileSync(path, e.content, { mode: 0o755, flag: 'wx' });
      });
    }
  };
  for (const node of spec.nodes) {
    const base = join(dir, 'parameters', node.name);
    attempt(() => mkdirSync(join(base, 'modules'), { recursive: true }));
    for (const module of node.modules) attempt(() => writeFileSync(join(base, 'modules', module), ''));
    writeEntries(join(base, 'parameters'), node.parameters);
  }
  for (const module of spec.modules) {
    const base = join(dir, 'modules', module.name);
    attempt(() => mkdirSync(base, { recursive: true }));
    if (module.requires) attempt(() => writeFileSync(join(base, 'requires'), module.requires!.join('\n') + '\n'));
    writeEntries(join(base, 'parameters'), module.parameters);
    writeEntries(join(base, 'files'), module.files);
    writeEntries(join(base, 'templates'), module.templates);
    writeEntries(join(base, 'scripts'), module.scripts);
  }
}

// ── arguments ────────────────────────────────────────────────────────────────────────────────
/** The node to ask for: mostly one of the repository's, sometimes anything. */
const nodeArg = (spec: RepoSpec): fc.Arbitrary<string> =>
  fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...spec.nodes.map((n) => n.name)) }, { weight: 1, arbitrary: anyName });

const STRAY = [['--bogus'], ['extra'], ['--node'], ['--repo'], ['-x'], ['--json=']];
const stray = fc.oneof({ weight: 8, arbitrary: fc.constant<string[]>([]) }, { weight: 1, arbitrary: fc.constantFrom(...STRAY) });

const planArgs = (spec: RepoSpec): fc.Arbitrary<string[]> =>
  fc
    .tuple(
      spec.clean ? fc.constantFrom(...spec.nodes.map((n) => n.name)) : nodeArg(spec),
      spec.clean ? fc.constantFrom('node', 'node', 'all') : fc.constantFrom('node', 'all', 'none', 'both'),
      fc.boolean(),
      spec.clean ? fc.constant<string[]>([]) : stray,
    )
    .map(([node, which, json, more]) => [
      ...(which === 'node' || which === 'both' ? ['--node', node] : []),
      ...(which === 'all' || which === 'both' ? ['--all'] : []),
      ...(which === 'none' ? ['--node', GOOD[0]!] : []),
      ...(json ? ['--json'] : []),
      ...more,
    ]);

type JsonCase = 'none' | 'file' | 'dir' | 'under-file';

/**
 * Limit flags (each often absent), and where --json goes. Clean cases use valid values only —
 * extreme ones included (`--scratch-size 1`, `--pids-max 1`); hostile cases also invalid ones and
 * --json paths that cannot be written. --memory-max below 16M (but 0, no limit) is refused.
 */
const danceFlags = (clean: boolean): fc.Arbitrary<{ flags: string[]; json: JsonCase }> => {
  const flag = (name: string, valid: string[], invalid: string[]): fc.Arbitrary<string[]> =>
    fc.oneof(
      { weight: 12, arbitrary: fc.constant<string[]>([]) },
      { weight: 4, arbitrary: fc.constantFrom(...valid).map((value) => [name, value]) },
      { weight: clean ? 0 : 2, arbitrary: fc.constantFrom(...invalid).map((value) => [name, value]) },
    );
  return fc
    .tuple(
      flag('--step-timeout', ['5', '0.5', '10', '3'], ['abc', '-1', '', '1e3', '5s']),
      flag('--pids-max', ['64', '1', '4096', '99999999999999999999'], ['0', 'x', '2.5', '-3']),
      flag('--memory-max', ['64M', '1G', '16M', '1.5G', '0'], ['lots', '-5M', '5 MB!', '1M', '100k']),
      flag('--scratch-size', ['64M', '1', '4k', '1T'], ['huge', '50%', 'M']),
      flag('--lock-wait', ['0', '5'], ['never', '-1']),
      clean ? fc.constantFrom<JsonCase>('none', 'file') : fc.constantFrom<JsonCase>('none', 'file', 'dir', 'under-file'),
    )
    .map(([timeout, pids, memory, scratch, lock, json]) => ({ flags: [...timeout, ...pids, ...memory, ...scratch, ...lock], json }));
};

// ── the contract ─────────────────────────────────────────────────────────────────────────────
function assertContract(result: CliResult, what: string): void {
  const shown = `${what}\nexit ${result.code}\n--- stderr\n${result.stderr}--- stdout (tail)\n${result.stdout.slice(-1500)}`;
  assert.ok([0, 1, 2].includes(result.code), `exit code 0, 1 or 2\n${shown}`);
  assert.doesNotMatch(result.stderr, /^\s+at /m, `no stack trace\n${shown}`);
  assert.doesNotMatch(result.stderr + result.stdout, /error: internal/i, `no internal error\n${shown}`);
  if (result.code === 2) {
    const lines = result.stderr.split(/\r\n|\r|\n/).filter(Boolean);
    assert.equal(lines.length, 1, `exit 2: exactly one line on stderr\n${shown}`);
    assert.match(lines[0]!, /^error: \S/, shown);
  }
}

describe('bad input, property-based: random repositories and arguments', () => {
  let work: string;
  let root: string;
  let hash: string;
  let env: Record<string, string>;
  let seq = 0;
  const stats = { plan: [0, 0, 0], dance: [0, 0, 0] };

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'disco-property-'));
    root = miniRootfs();
    hash = treeHash(root);
    env = { ...process.env } as Record<string, string>;
    for (const name of ['DISCO_DEBUG', 'NOOP', 'GITHUB_ACTIONS', 'DISCO_SANDBOX_HELPER']) delete env[name];
  });
  after(() => {
    process.stdout.write(`# exit codes (0/1/2): plan ${stats.plan.join('/')}, dance ${stats.dance.join('/')}\n`);
    removeTree(work);
  });

  const newRepo = (spec: RepoSpec): string => {
    const dir = join(work, `repo-${++seq}`);
    mkdirSync(dir);
    writeRepo(dir, spec);
    return dir;
  };

  it(`disco plan: ${PLANS} random repositories and arguments`, () => {
    fc.assert(
      fc.property(
        repoSpec.chain((spec) => fc.tuple(fc.constant(spec), planArgs(spec))),
        ([spec, args]) => {
          const repo = newRepo(spec);
          try {
            const argv = ['plan', '--repo', repo, ...args];
            const result = runCli(argv, { env, cwd: work, timeout: 60_000 });
            assertContract(result, JSON.stringify(argv));
            stats.plan[result.code]!++;
            if (result.code === 0 && args.includes('--json')) JSON.parse(result.stdout);
          } finally {
            rmSync(repo, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: PLANS, ...replay() },
    );
    if (PLANS >= 20) assert.ok(stats.plan[0]! > 0 && stats.plan[2]! > 0, `both good and bad input were generated: ${stats.plan.join('/')}`);
  });

  it(`disco dance --noop: ${DANCES} random repositories and arguments, the target unchanged`, () => {
    fc.assert(
      fc.property(
        repoSpec.chain((spec) =>
          fc.tuple(fc.constant(spec), spec.clean ? fc.constantFrom(...spec.nodes.map((n) => n.name)) : nodeArg(spec), danceFlags(spec.clean))),
        ([spec, node, { flags, json }]) => {
          const repo = newRepo(spec);
          const tmp = join(work, `tmp-${seq}`);
          mkdirSync(tmp);
          chmodSync(tmp, 0o1777);
          const jsonPath = { none: [], file: ['--json', join(tmp, '..', `r-${seq}.json`)], dir: ['--json', tmp], 'under-file': ['--json', join(repo, 'parameters', 'r.json', 'x')] }[json];
          if (json === 'under-file') {
            mkdirSync(join(repo, 'parameters'), { recursive: true });
            writeFileSync(join(repo, 'parameters', 'r.json'), '', { flag: 'a' });
          }
          try {
            // A short step timeout unless the case sets one: generated scripts are quick.
            const argv = ['dance', '--noop', '--repo', repo, '--node', node, '--root', root, '--step-timeout', '10', ...flags, ...jsonPath];
            const result = runCli(argv, { env: { ...env, DISCO_STATE_DIR: join(work, 'state'), TMPDIR: tmp }, cwd: work, timeout: 120_000 });
            assertContract(result, JSON.stringify(argv));
            stats.dance[result.code]!++;
            assert.equal(treeHash(root), hash, `the target is unchanged\n${JSON.stringify(argv)}`);
            assert.deepEqual(readdirSync(tmp), [], `nothing left in TMPDIR\n${JSON.stringify(argv)}`);
          } finally {
            rmSync(repo, { recursive: true, force: true });
            rmSync(tmp, { recursive: true, force: true });
          }
        },
      ),
      // Shrinking re-runs dances (half a second each) for minutes: off unless asked for.
      { numRuns: DANCES, endOnFailure: !process.env.DISCO_PROPERTY_SHRINK, ...replay() },
    );
    if (DANCES >= 20) assert.ok(stats.dance[2]! > 0 && stats.dance[0]! + stats.dance[1]! > 0, `dances both ran and were refused: ${stats.dance.join('/')}`);
  });
});
