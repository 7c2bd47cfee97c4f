/** Input parsing: defaults, resolution against the workspace, and one clear line per bad value. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Inputs } from '../../../src/action/constants';
import { parseSettings } from '../../../src/action/inputs';

const parse = (values: Partial<Record<Inputs, string>>) => parseSettings((name) => values[name] ?? '', '/ws');
const fails = (values: Partial<Record<Inputs, string>>, message: RegExp): void => assert.throws(() => parse(values), message);

describe('parseSettings', () => {
  it('has defaults for everything', () => {
    assert.deepEqual(parse({}), {
      mode: 'pr', repo: '/ws', nodes: undefined, driver: 'chroot', box: undefined, root: undefined, baseRef: undefined,
      junitPath: '/ws/disco-junit.xml', comment: true, failOn: 'failure', budget: [], githubToken: '', allowApplyLocal: false,
      baseReports: undefined, shards: undefined, artifactName: undefined, reportsFrom: undefined,
    });
  });

  it('resolves paths against the workspace and keeps absolute ones', () => {
    const s = parse({ [Inputs.Repo]: 'infra', [Inputs.Root]: '/srv/root', [Inputs.JunitPath]: 'out/j.xml' });
    assert.deepEqual([s.repo, s.root, s.junitPath], ['/ws/infra', '/srv/root', '/ws/out/j.xml']);
  });

  it('reads node lists separated by spaces, commas or lines, once each', () => {
    assert.deepEqual(parse({ [Inputs.Nodes]: 'web1, web2\ndb1  web1' }).nodes, ['web1', 'web2', 'db1']);
    fails({ [Inputs.Nodes]: 'web1 ../etc' }, /^InputError: Input 'nodes' names '..\/etc': expected node names/);
  });

  it('quotes the value and the allowed set for enumerations', () => {
    fails({ [Inputs.Mode]: 'deploy' }, /Input 'mode' is 'deploy': expected one of pr, drift, release, report$/);
    fails({ [Inputs.Driver]: 'docker' }, /Input 'driver' is 'docker': expected one of vagrant, chroot, local$/);
    fails({ [Inputs.FailOn]: 'warnings' }, /Input 'fail-on' is 'warnings': expected one of failure, changes, blocked, never$/);
    fails({ [Inputs.Comment]: 'yes' }, /Input 'comment' is 'yes': expected true or false$/);
    fails({ [Inputs.Shards]: '0' }, /Input 'shards' is '0': expected a whole number from 1 to 256$/);
  });

  it('takes YAML booleans in their three spellings', () => {
    assert.equal(parse({ [Inputs.Comment]: 'FALSE' }).comment, false);
    assert.equal(parse({ [Inputs.Comment]: 'True' }).comment, true);
  });

  it('parses the budget, and refuses one that does not parse', () => {
    const s = parse({ [Inputs.Mode]: 'release', [Inputs.Budget]: 'time_real: +20%\nmem_max: 200MB' });
    assert.deepEqual(s.budget.map((r) => [r.metric, r.kind, r.limit]), [['time_real', 'ratio', 0.2], ['mem_max', 'ceiling', 200 * 1024]]);
    fails({ [Inputs.Mode]: 'release', [Inputs.Budget]: 'fast please' }, /^InputError: budget: cannot read 'fast please'/);
  });

  it('says when an input does not apply to the mode or driver', () => {
    fails({ [Inputs.Budget]: 'mem_max: 1GB' }, /Input 'budget' applies to mode 'release' only \(mode is 'pr', driver is 'chroot'\)/);
    fails({ [Inputs.Mode]: 'drift', [Inputs.BaseRef]: 'main' }, /Input 'base-ref' applies to mode 'pr' only/);
    fails({ [Inputs.Driver]: 'local', [Inputs.Root]: '/srv' }, /Input 'root' applies to driver 'chroot' only/);
    fails({ [Inputs.Mode]: 'report', [Inputs.Shards]: '2' }, /Input 'shards' applies to modes 'pr', 'drift' and 'release' only/);
    fails({ [Inputs.AllowApplyLocal]: 'true' }, /Input 'allow-apply-local' applies to mode 'release' with driver 'local' only/);
  });

  it('never applies to this machine unless told so', () => {
    fails({ [Inputs.Mode]: 'release', [Inputs.Driver]: 'local' }, /would apply to this machine's own \/: set allow-apply-local: true/);
    assert.equal(parse({ [Inputs.Mode]: 'release', [Inputs.Driver]: 'local', [Inputs.AllowApplyLocal]: 'true' }).allowApplyLocal, true);
  });

  it('gives report mode the default artifact prefix', () => {
    assert.equal(parse({ [Inputs.Mode]: 'report' }).artifactName, 'disco-reports');
    assert.equal(parse({ [Inputs.Mode]: 'report', [Inputs.ArtifactName]: 'shard-' }).artifactName, 'shard-');
  });
});
