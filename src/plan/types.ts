/** The module repository as typed data (DESIGN §2), and the plan of one node's dance. */

/** One `requires` statement: `after X` (X runs first) or `before X` (this runs before X). */
export interface Requirement {
  kind: 'after' | 'before';
  module: string;
  /** Repo-relative `modules/<m>/requires` and the 1-based line of the statement. */
  file: string;
  line: number;
}

/** A parameter: a file is a value, a directory is `{}`. Keys are `/`-separated, never `..`. */
export interface ParamEntry {
  key: string;
  type: 'value' | 'dir';
  /** File content, exactly as stored (values only). */
  value?: string;
  /** Repo-relative file or directory the entry came from. */
  origin: string;
}

/** Sorted by key; a directory's entry precedes its children. */
export type ParamTree = ParamEntry[];

export interface FileEntry {
  /** Absolute path on the target, e.g. `/etc/motd`. */
  target: string;
  /** Repo-relative source, e.g. `modules/base/files/etc/motd`. */
  source: string;
  type: 'file' | 'directory' | 'symlink';
  /** Permission bits as four octal digits (`0600`), as found in the repository checkout. */
  mode?: string;
  /** Symlinks only: the link text, copied as is (never followed). */
  linkTarget?: string;
}

export interface TemplateEntry {
  target: string;
  source: string;
}

export interface ScriptEntry {
  /** File name inside `scripts/`, e.g. `10-restart.sh`. */
  name: string;
  source: string;
}

export interface ModuleDef {
  name: string;
  requires: Requirement[];
  /** Everything under `files/`, parents before children, sorted by target. */
  files: FileEntry[];
  /** Sorted by target. */
  templates: TemplateEntry[];
  /** Sorted by name (the run order). */
  scripts: ScriptEntry[];
  /** Module defaults from `modules/<m>/parameters/`. */
  parameters: ParamTree;
  /**
   * Repo-relative paths this module is read from: `modules/<m>` first, then the in-repo targets
   * of symlinks it follows. A change under any of them can alter the module (`disco affected`).
   */
  sources?: string[];
}

export interface NodeDef {
  name: string;
  /** Module names from `parameters/<node>/modules/`, in the documented listing order (sorted). */
  modules: string[];
  /** The node's own values from `parameters/<node>/parameters/`. */
  parameters: ParamTree;
  /** Repo-relative paths the node is read from: `parameters/<node>`, then followed symlink targets. */
  sources?: string[];
}

export interface Repo {
  /** Absolute path of the repository root. */
  root: string;
  nodes: Map<string, NodeDef>;
  modules: Map<string, ModuleDef>;
}

export interface Plan {
  node: string;
  /** Module names in dance order. */
  order: string[];
  modules: ModuleDef[];
  /** Module defaults merged under the node's own values. */
  parameters: ParamTree;
  /** Why each module of `order` is in the dance: the first file (and line) that asked for it. */
  reasons?: Record<string, Inclusion>;
}

/** What pulled a module into a node's dance. */
export interface Inclusion {
  /** `node`: listed in `parameters/<node>/modules/`; otherwise the `requires` statement's kind. */
  via: 'node' | 'after' | 'before';
  /** The module whose `requires` asked for it (absent for `node`). */
  by?: string;
  /** Repo-relative file that asked for it, and the line for `requires` statements. */
  file: string;
  line?: number;
}
