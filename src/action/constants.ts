/** Every input, output and state key of the action, named once (action.yml spells the same). */

export enum Inputs {
  Mode = 'mode',
  Repo = 'repo',
  Nodes = 'nodes',
  Driver = 'driver',
  Box = 'box',
  Root = 'root',
  BaseRef = 'base-ref',
  JunitPath = 'junit-path',
  Comment = 'comment',
  FailOn = 'fail-on',
  Budget = 'budget',
  GithubToken = 'github-token',
  AllowApplyLocal = 'allow-apply-local',
  BaseReports = 'base-reports',
  Shards = 'shards',
  ArtifactName = 'artifact-name',
  ReportsFrom = 'reports-from',
}

export enum Outputs {
  Status = 'status',
  Reports = 'reports',
  Junit = 'junit',
  ChangedNodes = 'changed-nodes',
  Changes = 'changes',
  Blocked = 'blocked',
  Matrix = 'matrix',
}

/** What main leaves for post; each saved again whenever it changes, before the step it guards. */
export enum State {
  WorkDir = 'disco-work-dir',
  Worktrees = 'disco-worktrees',
  Driver = 'disco-driver',
}

export const MODES = ['pr', 'drift', 'release', 'report'] as const;
export const FAIL_ON = ['failure', 'changes', 'blocked', 'never'] as const;

/** Report-mode artifacts are those whose names start with this unless `artifact-name` says otherwise. */
export const DEFAULT_ARTIFACT_PREFIX = 'disco-reports';

/** Labels of the dances, and the directories of the `reports` output they land in. */
export enum Label {
  Base = 'base',
  Head = 'head',
  Drift = 'drift',
  Apply = 'apply',
  Verify = 'verify',
}
