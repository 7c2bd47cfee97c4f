/**
 * Every input, read once into one typed settings object (checkout's input-helper). Nothing else
 * calls core.getInput. A bad value is one InputError quoting it and the allowed set.
 */
import * as core from '@actions/core';
import { isAbsolute, resolve } from 'node:path';
import { USER_DRIVERS, type UserDriver } from '../drivers/registry';
import { InputError } from '../model/errors';
import { isEntityName } from '../plan/param-names';
import { parseBudget, type BudgetRule } from './budget';
import { DEFAULT_ARTIFACT_PREFIX, FAIL_ON, Inputs, MODES } from './constants';

export type Mode = (typeof MODES)[number];
export type FailOn = (typeof FAIL_ON)[number];

export interface ActionSettings {
  /** pr: affected nodes on base and head; drift: noop of every node; release: apply + idempotence + budget; report: merge shards. */
  mode: Mode;
  /** The module repository, absolute (input relative to the workspace). */
  repo: string;
  /** Nodes to dance; undefined: the affected ones (pr) or every node of the repository. */
  nodes?: string[];
  /** Where the engine runs. */
  driver: UserDriver;
  /** vagrant: the box to boot; undefined: the driver's default. */
  box?: string;
  /** chroot: the root filesystem directory, absolute; undefined: built from the recipe and cached. */
  root?: string;
  /** pr: the base revision as given; undefined: the pull request's base commit from the event. */
  baseRef?: string;
  /** Where the JUnit file is written, absolute. */
  junitPath: string;
  /** Post (and update) the sticky pull request comment. */
  comment: boolean;
  /** What fails the job besides bad input: failed dances, and also changes or blocked commands; never. */
  failOn: FailOn;
  /** release: metric limits; empty when none. */
  budget: BudgetRule[];
  /** For the PR comment and the artifact download. */
  githubToken: string;
  /** local driver: lets mode release apply to this machine's `/`. */
  allowApplyLocal: boolean;
  /** release: a directory of DanceReports of a previous release (the budget's base), absolute. */
  baseReports?: string;
  /** When set, the step only plans a fan-out: output `matrix` with this many shards, no dance. */
  shards?: number;
  /** Shards upload their reports under this artifact name; report mode downloads artifacts starting with it. */
  artifactName?: string;
  /** report: merge the reports under this directory instead of downloading artifacts, absolute. */
  reportsFrom?: string;
}

/** Reads the inputs of the running step. */
export function getSettings(workspace = process.env.GITHUB_WORKSPACE || process.cwd()): ActionSettings {
  return parseSettings((name) => core.getInput(name), workspace);
}

/** Pure: the settings from raw input values (`''` when unset), paths resolved against `workspace`. */
export function parseSettings(input: (name: Inputs) => string, workspace: string): ActionSettings {
  const text = (name: Inputs): string | undefined => input(name).trim() || undefined;
  const path = (name: Inputs): string | undefined => {
    const value = text(name);
    return value === undefined ? undefined : isAbsolute(value) ? value : resolve(workspace, value);
  };
  const mode = oneOf(Inputs.Mode, text(Inputs.Mode) ?? 'pr', MODES);
  const settings: ActionSettings = {
    mode,
    repo: path(Inputs.Repo) ?? workspace,
    nodes: nodeList(text(Inputs.Nodes)),
    driver: oneOf(Inputs.Driver, text(Inputs.Driver) ?? 'chroot', USER_DRIVERS),
    box: text(Inputs.Box),
    root: path(Inputs.Root),
    baseRef: text(Inputs.BaseRef),
    junitPath: path(Inputs.JunitPath) ?? resolve(workspace, 'disco-junit.xml'),
    comment: bool(Inputs.Comment, text(Inputs.Comment) ?? 'true'),
    failOn: oneOf(Inputs.FailOn, text(Inputs.FailOn) ?? 'failure', FAIL_ON),
    budget: parseBudget(input(Inputs.Budget)),
    githubToken: input(Inputs.GithubToken).trim(),
    allowApplyLocal: bool(Inputs.AllowApplyLocal, text(Inputs.AllowApplyLocal) ?? 'false'),
    baseReports: path(Inputs.BaseReports),
    shards: count(Inputs.Shards, text(Inputs.Shards)),
    artifactName: text(Inputs.ArtifactName) ?? (mode === 'report' ? DEFAULT_ARTIFACT_PREFIX : undefined),
    reportsFrom: path(Inputs.ReportsFrom),
  };
  checkCombination(settings);
  return settings;
}

function oneOf<T extends string>(name: Inputs, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`Input '${name}' is '${value}': expected one of ${allowed.join(', ')}`);
}

// The YAML 1.2 core schema's booleans, as core.getBooleanInput takes them.
function bool(name: Inputs, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`Input '${name}' is '${value}': expected true or false`);
}

function count(name: Inputs, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,2}$/.test(value) || Number(value) > 256) throw new InputError(`Input '${name}' is '${value}': expected a whole number from 1 to 256`);
  return Number(value);
}

/** Names separated by spaces, commas or new lines (a matrix's `nodes` string fits as is). */
function nodeList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const names = [...new Set(value.split(/[\s,]+/).filter(Boolean))];
  const bad = names.find((name) => !isEntityName(name));
  if (bad !== undefined) throw new InputError(`Input '${Inputs.Nodes}' names '${bad}': expected node names (A-Z a-z 0-9 _ . -) separated by spaces or commas`);
  return names;
}

/** Inputs that only mean something in some modes or with some drivers: said, not ignored. */
function checkCombination(s: ActionSettings): void {
  const only = (name: Inputs, given: boolean, where: string, ok: boolean): void => {
    if (given && !ok) throw new InputError(`Input '${name}' applies to ${where} only (mode is '${s.mode}', driver is '${s.driver}')`);
  };
  only(Inputs.Budget, s.budget.length > 0, "mode 'release'", s.mode === 'release');
  only(Inputs.BaseReports, s.baseReports !== undefined, "mode 'release'", s.mode === 'release');
  only(Inputs.ReportsFrom, s.reportsFrom !== undefined, "mode 'report'", s.mode === 'report');
  only(Inputs.Shards, s.shards !== undefined, "modes 'pr', 'drift' and 'release'", s.mode !== 'report');
  only(Inputs.BaseRef, s.baseRef !== undefined, "mode 'pr'", s.mode === 'pr');
  only(Inputs.Root, s.root !== undefined, "driver 'chroot'", s.driver === 'chroot');
  only(Inputs.Box, s.box !== undefined, "driver 'vagrant'", s.driver === 'vagrant');
  only(Inputs.AllowApplyLocal, s.allowApplyLocal, "mode 'release' with driver 'local'", s.mode === 'release' && s.driver === 'local');
  if (s.mode === 'release' && s.driver === 'local' && !s.allowApplyLocal && s.shards === undefined) {
    throw new InputError(`mode 'release' with driver 'local' would apply to this machine's own /: set ${Inputs.AllowApplyLocal}: true if that is what you want`);
  }
}
