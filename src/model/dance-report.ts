/**
 * The DanceReport: the one contract between the engine (which may run inside a VM) and everything
 * that presents results (DESIGN §4). Add fields freely; never change the meaning of these.
 */
export const DANCE_REPORT_SCHEMA = 'disco.dance/v1';

export type DanceMode = 'noop' | 'apply';
export type Outcome = 'passed' | 'failed';
export type StepKind = 'files' | 'template' | 'script' | 'effect' | 'internal';
export type ChangeAction = 'created' | 'modified' | 'deleted';
export type EntryType = 'file' | 'directory' | 'symlink' | 'other';

/** The seed's `report:` set, for the whole process tree of a step. Times in seconds, memory in KiB. */
export interface Metrics {
  time_real: number;
  time_user: number;
  time_sys: number;
  mem_max: number;
  mem_faults_major: number;
  mem_faults_minor: number;
  io_fsin: number;
  io_fsout: number;
  io_signals: number;
  [name: string]: number;
}

export interface Step {
  kind: StepKind;
  /** Script or template name (`10-restart.sh`, `/etc/web.conf`), `files`, or the effect's command line. */
  name: string;
  /** Repo-relative path of the module file that ran (`modules/web/scripts/10-restart.sh`). */
  source?: string;
  exitCode: number;
  /** Combined stdout/stderr (scripts) or stderr (templates); the tail when long. */
  output: string;
  metrics: Metrics;
  /** Why the step failed when it was not a plain non-zero exit (timeout, limit, signal). */
  reason?: string;
  /** Bytes the step printed in all, when more than `output` keeps. */
  outputBytes?: number;
}

export interface Meta {
  /** Permission bits as four octal digits, e.g. "0644". */
  mode: string;
  uid: number;
  gid: number;
  owner: string;
  group: string;
  size: number;
  md5?: string;
  /** Symlink target. */
  target?: string;
  selinux?: string;
}

export interface Change {
  path: string;
  action: ChangeAction;
  type: EntryType;
  before?: Meta;
  after?: Meta;
  /** Unified diff of the text content, when both sides are text. */
  diff?: string;
  binary?: boolean;
  /** Set when the diff was cut to a size limit. */
  diffTruncated?: boolean;
}

export interface BlockedCommand {
  command: string;
  /** Repo-relative module file whose line ran the command. */
  source: string;
  line: number;
}

export interface ModuleResult {
  name: string;
  status: Outcome;
  steps: Step[];
  changes: Change[];
  blocked: BlockedCommand[];
}

export interface ReportError {
  message: string;
  source?: string;
}

export interface DanceReport {
  schema: typeof DANCE_REPORT_SCHEMA;
  node: string;
  mode: DanceMode;
  status: Outcome;
  order: string[];
  modules: ModuleResult[];
  errors: ReportError[];
  /** disco's own phases (`_internal: plan`, `diff`, `merge`, …), seed `report:` shape. */
  internal?: Step[];
  /** ISO time the dance started, and the root it ran against. */
  startedAt?: string;
  root?: string;
  /** Set when the dance was cut short by a signal. */
  interrupted?: boolean;
}
