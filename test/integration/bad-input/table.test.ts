/**
 * Bad input at scale (issue 10, item 5): one row per kind of bad input — repository, node,
 * parameters, requires, names, roots, reports, flags, environment. Every row must give the
 * contract of DESIGN §5: exit code 2, exactly one line on stderr, starting with `error:` and naming
 * the culprit (a regex per row), no stack frame and no "internal" error. Rows that reach a target
 * run an *apply* dance (so a row that wrongly got through would change it) over a private copy of
 * the small test root, which must stay byte-identical, and leave nothing behind in their TMPDIR.
 * One extra check: DISCO_DEBUG=1 adds the stack for a row.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli, type CliResult } from '../../helpers/cli';
import { makeRepo } from '../../helpers/repo';
import { miniRootfs, removeTree, restoreTree, treeHash } from '../../helpers/rootfs';

const NOBODY = 65534;
const NODE = 'web1';

/** What the rows share; built once in `before`. */
interface World {
  work: string;
  /** A valid repository: a noop dance of it passes and would change the target. */
  good: string;
  /** The apply target of every dance row: a private copy of the small test root. */
  target: string;
  /** A valid DanceReport of `good` (from the control dance). */
  report: string;
}

interface Invocation {
  args: string[];
  env?: Record<string, string>;
  /** Run as nobody:nogroup (uid/gid 65534, no supplementary groups). */
  nobody?: boolean;
}

interface Row {
  kind: 'repo' | 'node' | 'parameters' | 'requires' | 'names' | 'roots' | 'reports' | 'flags' | 'environment';
  name: string;
  /** Builds what the row needs (lazily, inside its test) and says how to run disco. */
  setup(w: World): Invocation;
  /** The one stderr line must match this (it names the culprit). */
  culprit: RegExp;
  /** The row runs a dance over `target`: the target must stay byte-identical. */
  target?: boolean;
}

let counter = 0;
const fresh = (w: World, prefix: string): string => {
  const dir = join(w.work, `${prefix}-${++counter}`);
  mkdirSync(dir, { mode: 0o755 });
  return dir;
};

/** A copy of the good repository with one defect made by `edit`. */
function variant(w: World, edit: (dir: string) => void): string {
  const dir = fresh(w, 'repo');
  cpSync(w.good, dir, { recursive: true, verbatimSymlinks: true });
  edit(dir);
  return dir;
}

function put(dir: string, rel: string, content = ''): void {
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  writeFileSync(join(dir, rel), content);
}

function link(dir: string, rel: string, target: string): void {
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  symlinkSync(target, join(dir, rel));
}

/** An apply dance (no --noop) of `repo` over the target: a row that got through would change it. */
const dance = (w: World, repo: string, ...extra: string[]): string[] => ['dance', '--repo', repo, '--node', NODE, '--root', w.target, ...extra];

/** A DanceReport file made from the control report by `edit` (of its text). */
function reportFile(w: World, name: string, edit: (text: string) => string): string {
  const file = join(fresh(w, 'reports'), name);
  writeFileSync(file, edit(readFileSync(w.report, 'utf8')));
  return file;
}

const reportJson = (w: World, name: string, edit: (report: Record<string, unknown>) => void): string =>
  reportFile(w, name, (text) => {
    const report = JSON.parse(text) as Record<string, unknown>;
    edit(report);
    return JSON.stringify(report);
  });

/** The lock file lockRoot (src/engine/root-lock.ts) takes for `root`, held by this live test process. */
function holdLock(stateDir: string, root: string): void {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  const dir = join(stateDir, 'locks');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, createHash('sha256').update(root).digest('hex').slice(0, 16) + '.lock'), `${process.pid} ${start} ${root}\n`);
}

const rows: Row[] = [
  // ── repository ────────────────────────────────────────────────────────────────────────────
  {
    kind: 'repo', name: 'a missing directory', target: true,
    setup: (w) => ({ args: dance(w, join(w.work, 'no-such-repo')) }),
    culprit: /^error: \/\S+\/no-such-repo: repository not found$/,
  },
  {
    kind: 'repo', name: 'a file instead of a directory', target: true,
    setup: (w) => ({ args: dance(w, join(w.good, 'modules/web/requires')) }),
    culprit: /^error: \/\S+\/modules\/web\/requires: repository is not a directory$/,
  },
  {
    kind: 'repo', name: 'a directory that is not a repository', target: true,
    setup: (w) => ({ args: dance(w, fresh(w, 'empty')) }),
    culprit: /^error: \/\S+\/empty-\d+: not a disco repository \(neither parameters\/ nor modules\/ exists\)$/,
  },
  {
    kind: 'repo', name: 'parameters/ is a file', target: true,
    setup: (w) => ({ args: dance(w, variant(w, (d) => { rmSync(join(d, 'parameters'), { recursive: true }); put(d, 'parameters', 'x'); })) }),
    culprit: /^error: parameters: expected a directory$/,
  },
  {
    kind: 'repo', name: 'an unreadable directory (non-root reader, EACCES)',
    setup: (w) => ({ args: ['plan', '--repo', variant(w, (d) => chmodSync(join(d, 'modules'), 0o000)), '--node', NODE], nobody: true }),
    culprit: /^error: \S*modules\S*: .*(EACCES|permission denied)/i,
  },
  // ── node ──────────────────────────────────────────────────────────────────────────────────
  {
    kind: 'node', name: 'unknown node', target: true,
    setup: (w) => ({ args: ['dance', '--repo', w.good, '--node', 'ghost', '--root', w.target] }),
    culprit: /^error: parameters\/ghost: unknown node 'ghost' \(known nodes: web1\)$/,
  },
  {
    kind: 'node', name: 'a name with a space', target: true,
    setup: (w) => ({ args: ['dance', '--repo', w.good, '--node', 'web 1', '--root', w.target] }),
    culprit: /^error: .*bad node name 'web 1'/,
  },
  {
    kind: 'node', name: "a name that is '..'",
    setup: (w) => ({ args: ['plan', '--repo', w.good, '--node', '..'] }),
    culprit: /^error: .*bad node name '\.\.'/,
  },
  {
    kind: 'node', name: 'a name with a line feed and a workflow command', target: true,
    setup: (w) => ({ args: ['dance', '--repo', w.good, '--node', 'web1\n::error::injected', '--root', w.target] }),
    culprit: /^error: .*bad node name 'web1\\x0a::error::injected'/,
  },
  {
    kind: 'node', name: 'a module entry that is a directory', target: true,
    setup: (w) => ({ args: dance(w, variant(w, (d) => { rmSync(join(d, 'parameters/web1/modules/web')); mkdirSync(join(d, 'parameters/web1/modules/web')); })) }),
    culprit: /^error: parameters\/web1\/modules\/web: expected an empty file naming a module$/,
  },
  // ── parameters ────────────────────────────────────────────────────────────────────────────
  {
    kind: 'parameters', name: 'a name with a space', target: true,
    setup: (w) => ({ args: dance(w, variant(w, (d) => put(d, 'parameters/web1/parameters/bad name', 'x'))) }),
    culprit: /^error: parameters\/web1\/parameters\/bad name: bad parameter name 'bad name'/,
  },
  {
    kind: 'parameters', name: "a name with '..'", target: true,
    setup: (w) => ({ args: dance(w, variant(w, (d) => put(d, 'parameters/web1/parameters/ok/a..b', 'x'))) }),
    culprit: /^error: parameters\/web1\/parameters\/ok\/a\.\.b: bad parameter name 'ok\/a\.\.b'/,
  },
  {
    kind: 'parameters', name: 'a name with a line feed', target: true,
    setup: (w) => ({ args: dance(w, variant(w, (d) => put(d, 'parameters/web1/parameters/a\nb', 'x'))) }),
    culprit: /^error: parameters\/web1\/parameters\/a\\x0ab: bad parameter name 'a\\x0ab'/,
  },
  {
    kind: 'parameters', name: 'a symlink to an absolute path outside the repository', target: true,
    setup: (w) => ({ args: dance(w, variant(w, (d) => link(d, 'parameters/web1/parameters/secret', '/etc/passwd'))) }),
    culprit: /^error: parameters\/web1\/parameters\/secret: symlink leads outside the repository \(-> \/etc\/passwd\)$/,
  },
  {
    kind: 'parameters', name: 'a symlink loop', target: true,
    setup: (w) => ({ args: dance(w, variant(w, (d) => link(d, 'parameters/web1/parameters/loop', 'loop'))) }),
    culprit: /^error: parameters\/web1\/parameters\/loop: symlink loop$/,
  },
  {
    kind: 'parameters', name: 'a bad name among module defaults', target: true,
    setup: (w) => ({ args: dance(w, variant(w, (d) => put(d, 'modules/web/parameters/x;y', '1'))) }),
    culprit: /^error: modules\/web\/parameters\/x;y: bad parameter name 'x;y'/,
  },
  {
    kind: 'parameters', name: 'an absolute key (disco param get)',
    setup: (w) => ({ args: ['param', '--tree', join(w.good, 'parameters/web1/parameters'), 'get', '/etc/passwd'] }),
    culprit: /^error: .*bad parameter name '\/etc\/passwd'/,
  },
  {
    kind: 'parameters', name: "a key with '..' (disco param set)",
    setup: (w) => ({ args: ['param', '--tree', fresh(w, 'tree'), 'set', '../escape', 'x'] }),
    culprit: /^error: .*bad parameter name '\.\.\/escape'/,
  },
  // ── requires ──────────────────────────────────────────────────────────────────────────────
  {
    kind: 'requires', name: 'neither after nor before', target: true,
    setup: (w) => ({ args: dance(w, variant(w, (d) => put(d, 'modules/web/requires', '# ok\nneeds base\n'))) }),
    culprit: /^error: modules\/web\/requires:2: expected 'after MODULE' or 'before MODULE', got 'needs base'$/,
  },
  {
    kind: 'requires', name: 'too many words', target: true,
    setup: (w) => ({ args: dance(w, variant(w, (d) => put(d, 'modules/web/requires', 'after base web\n'))) }),
    culprit: /^error: modules\/web\/requires:1: expected 'after MODULE' or 'before MODULE', got 'after base web'$/,
  },
  {
    kind: 'requires', name: 'a missing module', target: true,
    setup: (w) => ({ args: dance(w, variant(w, (d) => put(d, 'modules/web/requires', 'after base\n\nafter ghost\n'))) }),
    culprit: /^error: modules\/web\/requires:3: module 'ghost' not found \(no modules\/ghost\/\)$/,
  },
  {
    kind: 'requires', name: 'a module the node lists that does not exist', target: true,
    setup: (w) => ({ args: dance(w, variant(w, (d) => put(d, 'parameters/web1/modules/ghost'))) }),
    culprit: /^error: parameters\/web1\/modules\/ghost: module 'ghost' not found \(no modules\/ghost\/\)$/,
  },
  {
    kind: 'requires', name: 'a cycle of two', target: true,
    setup: (w) => ({ args: dance(w, variant(w, (d) => put(d, 'modules/base/requires', 'after web\n'))) }),
    culprit: /^error: modules\/web\/requires:2: cycle in requires: base → web → base \(→ = runs before; modules\/web\/requires:2 'after base', modules\/base\/requires:1 'after web'\)$/,
  },
  {
    kind: 'requires', name: 'a module that must run before itself', target: true,
    setup: (w) => ({ args: dance(w, variant(w, (d) => put(d, 'modules/web/requires', 'after base\nbefore web\n'))) }),
    culprit: /^error: modules\/web\/requires:2: cycle in requires: web → web /,
  },
  {
    kind: 'requires', name: 'a cycle through 12,000 modules (deeper than a recursive sort can go)', target: true,
    setup: (w) => ({
      args: dance(w, variant(w, (d) => {
        const count = 12_000;
        for (let i = 1; i <= count; i++) put(d, `modules/m${i}/requires`, `after m${i === 1 ? count : i - 1}\n`);
        put(d, 'parameters/web1/modules/m1');
      })),
    }),
    culprit: /^error: modules\/m2\/requires:1: cycle in requires: m1 → m2 → m3 → .* → m12000 → m1 \(→ = runs before; /,
  },
  {
    kind: 'requires', name: 'an absolute module path', target: true,
    setup: (w) => ({ args: dance(w, variant(w, (d) => put(d, 'modules/web/requires', 'after /etc/base\n'))) }),
    culprit: /^error: modules\/web\/requires:1: bad module name '\/etc\/base'/,
  },
  {
    kind: 'requires', name: "a module path with '..'", target: true,
    setup: (w) => ({ args: dance(w, variant(w, (d) => put(d, 'modules/web/requires', 'before ../base\n'))) }),
    culprit: /^error: modules\/web\/requires:1: bad module name '\.\.\/base'/,
  },
  {
    kind: 'requires', name: 'requires is a directory', target: true,
    setup: (w) => ({ args: dance(w, variant(w, (d) => { rmSync(join(d, 'modules/web/requires')); put(d, 'modules/web/requires/after', 'base'); })) }),
    culprit: /^error: modules\/web\/requires: expected a file$/,
  },
  // ── names ─────────────────────────────────────────────────────────────────────────────────
  {
    kind: 'names', name: 'a module directory with a space', target: true,
    setup: (w) => ({ args: dance(w, variant(w, (d) => put(d, 'modules/we b/requires'))) }),
    culprit: /^error: modules\/we b: bad module name 'we b'/,
  },
  {
    kind: 'names', name: 'a node directory with a shell character', target: true,
    setup: (w) => ({ args: dance(w, variant(w, (d) => mkdirSync(join(d, 'parameters/we$b')))) }),
    culprit: /^error: parameters\/we\$b: bad node name 'we\$b'/,
  },
  {
    kind: 'names', name: 'a module the node lists under a bad name', target: true,
    setup: (w) => ({ args: dance(w, variant(w, (d) => put(d, 'parameters/web1/modules/we;b'))) }),
    culprit: /^error: parameters\/web1\/modules\/we;b: bad module name 'we;b'/,
  },
  {
    kind: 'names', name: 'a broken symlink among templates', target: true,
    setup: (w) => ({ args: dance(w, variant(w, (d) => link(d, 'modules/web/templates/etc/broken', 'no-such-template'))) }),
    culprit: /^error: modules\/web\/templates\/etc\/broken: broken symlink \(-> no-such-template\)$/,
  },
  {
    kind: 'names', name: 'a script that is a symlink out of the repository', target: true,
    setup: (w) => ({ args: dance(w, variant(w, (d) => link(d, 'modules/web/scripts/20-evil.sh', '../../../../../../../bin/true'))) }),
    culprit: /^error: modules\/web\/scripts\/20-evil\.sh: symlink leads outside the repository/,
  },
  {
    kind: 'names', name: 'a FIFO among files', target: true,
    setup: (w) => ({ args: dance(w, variant(w, (d) => execFileSync('mkfifo', [join(d, 'modules/base/files/etc/fifo')]))) }),
    culprit: /^error: modules\/base\/files\/etc\/fifo: unsupported file type/,
  },
  // ── roots ─────────────────────────────────────────────────────────────────────────────────
  {
    kind: 'roots', name: '--root missing',
    setup: (w) => ({ args: ['dance', '--repo', w.good, '--node', NODE, '--root', join(w.work, 'no-such-root')] }),
    culprit: /^error: --root: '\/\S+\/no-such-root' is not a root filesystem/,
  },
  {
    kind: 'roots', name: '--root an empty directory (not a root filesystem)',
    setup: (w) => ({ args: ['dance', '--repo', w.good, '--node', NODE, '--root', fresh(w, 'not-a-root')] }),
    culprit: /^error: --root: '\/\S+\/not-a-root-\d+' is not a root filesystem/,
  },
  {
    kind: 'roots', name: '--root a file',
    setup: (w) => ({ args: ['dance', '--repo', w.good, '--node', NODE, '--root', join(w.target, 'etc/hostname')] }),
    culprit: /^error: --root: '\/\S+\/etc\/hostname' is not a root filesystem/,
  },
  {
    kind: 'roots', name: "--root a path with ':' (a real root filesystem)",
    setup: (w) => {
      const dir = join(fresh(w, 'colon'), 'a:b');
      mkdirSync(dir);
      symlinkSync(w.target, join(dir, 'root'));
      return { args: ['dance', '--repo', w.good, '--node', NODE, '--root', join(dir, 'root')] };
    },
    culprit: /^error: --root: the root path '\/\S+\/a:b\/root' contains a character overlayfs cannot take/,
  },
  {
    kind: 'roots', name: "--root a path with ','",
    setup: (w) => ({ args: ['dance', '--repo', w.good, '--node', NODE, '--root', join(w.work, 'x,lowerdir=/')] }),
    culprit: /^error: --root: the root path '\/\S+\/x,lowerdir=' contains a character/,
  },
  // ── reports ───────────────────────────────────────────────────────────────────────────────
  {
    kind: 'reports', name: 'not JSON (junit)',
    setup: (w) => ({ args: ['junit', reportFile(w, 'notjson.json', () => '<testsuites/>\n')] }),
    culprit: /^error: Invalid DanceReport at \S+\/notjson\.json: not JSON/,
  },
  {
    kind: 'reports', name: 'truncated (annotate)',
    setup: (w) => ({ args: ['annotate', reportFile(w, 'truncated.json', (t) => t.slice(0, Math.floor(t.length / 2)))] }),
    culprit: /^error: Invalid DanceReport at \S+\/truncated\.json: truncated JSON/,
  },
  {
    kind: 'reports', name: 'wrong schema (summary)',
    setup: (w) => ({ args: ['summary', reportJson(w, 'schema.json', (r) => (r.schema = 'disco.dance/v0'))] }),
    culprit: /^error: Invalid DanceReport at \S+\/schema\.json: unknown schema "disco\.dance\/v0"/,
  },
  {
    kind: 'reports', name: 'a missing field (delta)',
    setup: (w) => ({ args: ['delta', w.report, reportJson(w, 'nomodules.json', (r) => delete r.modules)] }),
    culprit: /^error: Invalid DanceReport at \S+\/nomodules\.json: missing field "modules"$/,
  },
  {
    kind: 'reports', name: 'a field of the wrong type (junit)',
    setup: (w) => ({
      args: ['junit', reportJson(w, 'exitcode.json', (r) => (((r.modules as { steps: { exitCode: unknown }[] }[])[0]!.steps[0]!.exitCode = '0')))],
    }),
    culprit: /^error: Invalid DanceReport at \S+\/exitcode\.json: modules\[0\]\.steps\[0\]\.exitCode must be an integer \(got "0"\)$/,
  },
  {
    kind: 'reports', name: 'a directory (report)',
    setup: (w) => ({ args: ['report', fresh(w, 'report-dir')] }),
    culprit: /^error: Invalid DanceReport at \S+\/report-dir-\d+: is a directory$/,
  },
  {
    kind: 'reports', name: 'an empty file (summary --base)',
    setup: (w) => ({ args: ['summary', w.report, '--base', reportFile(w, 'empty.json', () => '')] }),
    culprit: /^error: Invalid DanceReport at \S+\/empty\.json: empty file$/,
  },
  {
    kind: 'reports', name: 'a missing file (annotate)',
    setup: (w) => ({ args: ['annotate', join(w.work, 'no-such-report.json')] }),
    culprit: /^error: Invalid DanceReport at \S+\/no-such-report\.json: no such file$/,
  },
  {
    kind: 'reports', name: 'one report where delta needs two',
    setup: (w) => ({ args: ['delta', w.report] }),
    culprit: /^error: disco delta: give BASE\.json and HEAD\.json \(got 1 files\)$/,
  },
  // ── flags ─────────────────────────────────────────────────────────────────────────────────
  {
    kind: 'flags', name: 'an unknown flag', target: true,
    setup: (w) => ({ args: dance(w, w.good, '--bogus') }),
    culprit: /^error: Unknown option '--bogus'/,
  },
  {
    kind: 'flags', name: 'a flag without its value (the last argument)', target: true,
    setup: (w) => ({ args: dance(w, w.good, '--json') }),
    culprit: /^error: Option '--json <value>' argument missing$/,
  },
  {
    kind: 'flags', name: 'a flag whose value is the next flag', target: true,
    setup: (w) => ({ args: ['dance', '--repo', w.good, '--node', NODE, '--json', '--root', w.target] }),
    culprit: /^error: Option '--json' argument is ambiguous\. Did you forget/,
  },
  {
    kind: 'flags', name: '--step-timeout not a number', target: true,
    setup: (w) => ({ args: dance(w, w.good, '--step-timeout', 'abc') }),
    culprit: /^error: --step-timeout: 'abc' is not a number of seconds$/,
  },
  {
    kind: 'flags', name: '--step-timeout negative', target: true,
    setup: (w) => ({ args: dance(w, w.good, '--step-timeout', '-5') }),
    culprit: /^error: Option '--step-timeout' argument is ambiguous/,
  },
  {
    kind: 'flags', name: '--step-timeout=-5 (negative, spelled with =)', target: true,
    setup: (w) => ({ args: dance(w, w.good, '--step-timeout=-5') }),
    culprit: /^error: --step-timeout: '-5' is not a number of seconds$/,
  },
  {
    kind: 'flags', name: '--pids-max zero', target: true,
    setup: (w) => ({ args: dance(w, w.good, '--pids-max', '0') }),
    culprit: /^error: --pids-max: '0' is not a positive whole number$/,
  },
  {
    kind: 'flags', name: '--pids-max in exponent notation', target: true,
    setup: (w) => ({ args: dance(w, w.good, '--pids-max', '1e3') }),
    culprit: /^error: --pids-max: '1e3' is not a positive whole number$/,
  },
  {
    kind: 'flags', name: '--memory-max not a size', target: true,
    setup: (w) => ({ args: dance(w, w.good, '--memory-max', 'lots') }),
    culprit: /^error: --memory-max: 'lots' is not a size/,
  },
  {
    kind: 'flags', name: '--memory-max too small for a sandbox', target: true,
    setup: (w) => ({ args: dance(w, w.good, '--memory-max', '1M') }),
    culprit: /^error: --memory-max: '1M' is below 16M, the least it can be$/,
  },
  {
    kind: 'flags', name: '--scratch-size not a size', target: true,
    setup: (w) => ({ args: dance(w, w.good, '--scratch-size', '2 potatoes') }),
    culprit: /^error: --scratch-size: '2 potatoes' is not a size/,
  },
  {
    kind: 'flags', name: '--lock-wait not a number', target: true,
    setup: (w) => ({ args: dance(w, w.good, '--lock-wait', 'forever') }),
    culprit: /^error: --lock-wait: 'forever' is not a number of seconds$/,
  },
  {
    kind: 'flags', name: '--json naming a directory', target: true,
    setup: (w) => ({ args: dance(w, w.good, '--json', fresh(w, 'json-dir')) }),
    culprit: /^error: --json: \S+\/json-dir-\d+ /,
  },
  {
    kind: 'flags', name: '--json below a file', target: true,
    setup: (w) => ({ args: dance(w, w.good, '--json', join(w.report, 'r.json')) }),
    culprit: /^error: --json: \S+\/r\.json /,
  },
  {
    kind: 'flags', name: 'a positional argument dance does not take', target: true,
    setup: (w) => ({ args: dance(w, w.good, 'now') }),
    culprit: /^error: Unexpected argument 'now'/,
  },
  {
    kind: 'flags', name: 'an unknown command',
    setup: () => ({ args: ['dnace', '--noop'] }),
    culprit: /^error: unknown command 'dnace' \(try: disco help\)$/,
  },
  {
    kind: 'flags', name: 'no command at all',
    setup: () => ({ args: [] }),
    culprit: /^error: no command given \(try: disco help\)$/,
  },
  {
    kind: 'flags', name: '--node and --all together (plan)',
    setup: (w) => ({ args: ['plan', '--repo', w.good, '--node', NODE, '--all'] }),
    culprit: /^error: give either --node NAME or --all, not both$/,
  },
  {
    kind: 'flags', name: '--max-bytes below the minimum (summary)',
    setup: (w) => ({ args: ['summary', w.report, '--max-bytes', '5'] }),
    culprit: /^error: --max-bytes wants a whole number ≥ \d+, got '5'$/,
  },
  // ── environment ───────────────────────────────────────────────────────────────────────────
  {
    kind: 'environment', name: 'DISCO_SANDBOX_HELPER names a missing file', target: true,
    setup: (w) => ({ args: dance(w, w.good), env: { DISCO_SANDBOX_HELPER: join(w.work, 'no-such-helper') } }),
    culprit: /^error: DISCO_SANDBOX_HELPER: .*no-such-helper/,
  },
  {
    kind: 'environment', name: 'the state directory is a file', target: true,
    setup: (w) => {
      const file = join(fresh(w, 'state'), 'file');
      writeFileSync(file, '');
      return { args: dance(w, w.good), env: { DISCO_STATE_DIR: file } };
    },
    culprit: /^error: DISCO_STATE_DIR: \S+\/file /,
  },
  {
    kind: 'environment', name: 'TMPDIR is missing', target: true,
    setup: (w) => ({ args: dance(w, w.good), env: { TMPDIR: join(w.work, 'no-such-tmp') } }),
    culprit: /^error: TMPDIR: \S+\/no-such-tmp /,
  },
  {
    kind: 'environment', name: 'not root: a dance', target: true,
    setup: (w) => ({ args: dance(w, w.good), nobody: true }),
    culprit: /^error: a dance needs root/,
  },
  {
    kind: 'environment', name: 'not root: recover (state directory not writable)',
    setup: (w) => ({ args: ['recover', '--root', w.target], nobody: true }),
    culprit: /^error: DISCO_STATE_DIR: \S+ .*(EACCES|not writable)/,
  },
  {
    kind: 'environment', name: 'another dance holds the lock on the root', target: true,
    setup: (w) => {
      const state = fresh(w, 'state');
      holdLock(state, w.target);
      return { args: dance(w, w.good, '--lock-wait', '0'), env: { DISCO_STATE_DIR: state } };
    },
    culprit: /^error: \/\S+: another dance \(pid \d+\) holds the lock on this root/,
  },
  {
    kind: 'environment', name: 'DISCO_PARAM_TREE is a file (param set)',
    setup: (w) => {
      const file = join(fresh(w, 'params'), 'tree');
      writeFileSync(file, '');
      return { args: ['param', 'set', 'key', 'value'], env: { DISCO_PARAM_TREE: file } };
    },
    culprit: /^error: \S+\/tree: .*not a directory/,
  },
];

/** Splits stderr into lines as the runner does (LF, CR LF, lone CR). */
const stderrLines = (stderr: string): string[] => stderr.split(/\r\n|\r|\n/).filter((line) => line !== '');

function assertBadInput(result: CliResult, culprit: RegExp): void {
  const shown = `exit ${result.code}\n--- stderr\n${result.stderr}--- stdout (tail)\n${result.stdout.slice(-2000)}`;
  assert.equal(result.code, 2, `exit code 2 expected\n${shown}`);
  const lines = stderrLines(result.stderr);
  assert.equal(lines.length, 1, `exactly one line on stderr expected\n${shown}`);
  assert.match(result.stderr, /^[^\r\n]*\n$/, `one line ending in a line feed, no CR\n${shown}`);
  assert.match(lines[0]!, /^error: /, shown);
  assert.doesNotMatch(result.stderr, /^\s+at /m, `no stack frame\n${shown}`);
  assert.doesNotMatch(result.stderr, /internal/i, `no internal error\n${shown}`);
  assert.match(lines[0]!, culprit, `the line names the culprit\n${shown}`);
}

describe('bad input: one line naming the culprit, exit 2, target byte-identical', () => {
  const w = {} as World;
  let pristine: string;
  let hash: string;
  let env: Record<string, string>;

  before(() => {
    w.work = mkdtempSync(join(tmpdir(), 'disco-bad-input-'));
    chmodSync(w.work, 0o755); // nobody's rows read repositories in here
    w.good = makeRepo(NODE, ['base', 'web'], {
      'modules/base/files/etc/motd': 'managed by disco\n',
      'modules/base/files/etc/.gitkeep': '',
      'modules/web/requires': '# web needs the base\nafter base\n',
      'modules/web/parameters/port': '80',
      'modules/web/templates/etc/web.conf': 'echo "port=$(disco-param get port)"\n',
      'modules/web/scripts/10-site.sh': 'mkdir -p /srv/www && echo hello > /srv/www/index.html\n',
    });
    execFileSync('chmod', ['-R', 'a+rX', w.good]);
    pristine = miniRootfs();
    w.target = join(w.work, 'target');
    execFileSync('cp', ['-a', pristine, w.target]);
    hash = treeHash(w.target);
    env = { ...process.env } as Record<string, string>;
    delete env.DISCO_DEBUG;
    delete env.NOOP;
    delete env.GITHUB_ACTIONS;

    // The control: the good repository dances (noop) over the target, passes, and would change it —
    // so every row fails for its one defect, and an apply that got through would show.
    w.report = join(w.work, 'good.json');
    const state = fresh(w, 'state');
    const control = runCli(['dance', '--noop', '--repo', w.good, '--node', NODE, '--root', w.target, '--json', w.report], {
      env: { ...env, DISCO_STATE_DIR: state },
    });
    assert.equal(control.code, 0, control.stderr + control.stdout);
    const report = JSON.parse(readFileSync(w.report, 'utf8')) as { modules: { changes: unknown[] }[] };
    assert.ok(report.modules.flatMap((m) => m.changes).length >= 3, 'the control dance would change the target');
    assert.equal(treeHash(w.target), hash, 'a noop dance leaves the target as it was');
  });

  after(() => removeTree(w.work));

  it('has at least 30 distinct kinds of bad input, across every category', () => {
    assert.ok(rows.length >= 30, `${rows.length} rows`);
    assert.equal(new Set(rows.map((r) => `${r.kind}: ${r.name}`)).size, rows.length, 'row names are distinct');
    const kinds = new Set(rows.map((r) => r.kind));
    for (const kind of ['repo', 'node', 'parameters', 'requires', 'names', 'roots', 'reports', 'flags', 'environment']) {
      assert.ok(kinds.has(kind as Row['kind']), kind);
    }
  });

  for (const row of rows) {
    it(`${row.kind}: ${row.name}`, () => {
      const state = fresh(w, 'state');
      const tmp = fresh(w, 'tmp');
      chmodSync(tmp, 0o1777);
      const invocation = row.setup(w);
      if (invocation.nobody) chmodSync(state, 0o700); // not nobody's
      const result = runCli(invocation.args, {
        env: { ...env, DISCO_STATE_DIR: state, TMPDIR: tmp, ...invocation.env },
        ...(invocation.nobody ? { uid: NOBODY, gid: NOBODY } : {}),
        cwd: w.work,
      });
      try {
        assertBadInput(result, row.culprit);
        assert.deepEqual(readdirSync(tmp), [], 'nothing left behind in TMPDIR');
      } finally {
        if (row.target) {
          const now = treeHash(w.target);
          if (now !== hash) restoreTree(pristine, w.target);
          assert.equal(now, hash, 'the target is byte-identical');
        }
      }
    });
  }

  it('DISCO_DEBUG=1 adds the stack trace (after the same first line)', () => {
    const result = runCli(['dance', '--repo', w.good, '--node', 'ghost', '--root', w.target], {
      env: { ...env, DISCO_STATE_DIR: fresh(w, 'state'), DISCO_DEBUG: '1' },
    });
    assert.equal(result.code, 2);
    const lines = result.stderr.split('\n');
    assert.match(lines[0]!, /^error: parameters\/ghost: unknown node 'ghost'/);
    assert.match(result.stderr, /^ {4}at /m, 'stack frames shown');
    assert.equal(treeHash(w.target), hash);
  });
});
