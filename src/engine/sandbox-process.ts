import { InputError } from '../model/errors';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface, type Interface } from 'node:readline';
import type { Writable } from 'node:stream';
import { helperBinary } from './helper-binary';

/** What the sandbox answered to one request: `D id fields…` or `E id message`, plus any record lines. */
export interface HelperAnswer {
  ok: boolean;
  fields: string[];
  message?: string;
  records: string[][];
}

export interface SandboxLaunch {
  root: string;
  scratch: string;
  share: string;
  repo: string;
  host: string;
  layer: string;
  /** tmpfs size of the scratch, e.g. "50%" or "2g". */
  size?: string;
  limits?: SandboxLimits;
  /** The environment every step starts from. */
  env: Record<string, string>;
}

/** What stops a runaway step: wall time, processes and memory of the sandbox, output kept. */
export interface SandboxLimits {
  /** Seconds a step may run; 0 for no limit. */
  stepTimeout?: number;
  /** Processes in the whole sandbox (cgroup pids.max). */
  pidsMax?: number;
  /** Bytes of memory for the whole sandbox (cgroup memory.max). */
  memoryMax?: number;
  /** Bytes of each step's output kept (the tail). */
  outputCap?: number;
}

/** Unescapes a field of the helper's line protocol (\\, \t, \n, \r). */
export const unescapeField = (s: string): string =>
  s.includes('\\') ? s.replace(/\\(.)/g, (_, c: string) => ({ t: '\t', n: '\n', r: '\r' })[c] ?? c) : s;

const escapeField = (s: string): string => s.replace(/[\\\t\n\r]/g, (c) => ({ '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] ?? '\\\\');

/**
 * One running sandbox: the native helper's supervisor and init, entered once per dance. Requests are
 * answered in order; the scratch stays readable at `upperPath` until `close()`.
 */
export class SandboxProcess {
  private readonly child: ChildProcess;
  private readonly lines: Interface;
  /** Requests sent and not yet answered, oldest first: the helper answers them in order. */
  private readonly pending: Pending[] = [];
  private stderr = '';
  private exited: Promise<number>;
  private nextId = 1;

  private constructor(child: ChildProcess, private readonly scratch: string, private readonly share: string) {
    this.child = child;
    this.lines = createInterface({ input: child.stdout! });
    this.lines.on('line', (line) => {
      const head = this.pending[0];
      if (!head) return; // the helper says nothing unasked
      const parts = line.split('\t');
      if (parts[0] === 'F') head.records.push(parts.slice(1).map(unescapeField));
      else if (parts[1] === head.id && (parts[0] === 'D' || parts[0] === 'E')) {
        this.pending.shift();
        head.resolve(
          parts[0] === 'D'
            ? { ok: true, fields: parts.slice(2), records: head.records }
            : { ok: false, fields: [], message: unescapeField(parts[2] ?? ''), records: head.records },
        );
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      if (this.stderr.length < 65536) this.stderr += chunk.toString();
    });
    this.exited = new Promise((resolve) => child.on('close', (code) => resolve(code ?? 2)));
    this.exited.then(() => this.pending.splice(0).forEach((request) => request.reject(new SandboxError(this.failure()))));
  }

  static start(launch: SandboxLaunch): SandboxProcess {
    const args = ['run', '--root', launch.root, '--scratch', launch.scratch, '--share', launch.share, '--repo', launch.repo,
      '--host', launch.host, '--layer', launch.layer];
    if (launch.size) args.push('--size', launch.size);
    const limits = launch.limits ?? {};
    if (limits.stepTimeout) args.push('--step-timeout', String(limits.stepTimeout));
    if (limits.pidsMax) args.push('--pids-max', String(limits.pidsMax));
    if (limits.memoryMax) args.push('--memory-max', String(limits.memoryMax));
    if (limits.outputCap) args.push('--output-cap', String(limits.outputCap));
    const child = spawn(helperBinary(), args, { stdio: ['pipe', 'pipe', 'pipe', 'pipe'], env: launch.env });
    child.on('error', () => undefined);
    // A helper that died early closes its stdin: the next request sees it gone and names its last words.
    child.stdin!.on('error', () => undefined);
    return new SandboxProcess(child, launch.scratch, launch.share);
  }

  /** The overlay's upper layer, as this (host-side) process can read it while the sandbox lives. */
  get upperPath(): string {
    return `/proc/${this.child.pid}/root${this.scratch}/upper`;
  }

  /**
   * The sandbox's /run/disco/io (step output, the shims' log) as this process reads it: a tmpfs the
   * helper mounts over the share's io directory in its own namespace, so nothing a step writes
   * there reaches the host's disk or the host-side directory. Gone with `close()`.
   */
  get ioPath(): string {
    return `/proc/${this.child.pid}/root${this.share}/io`;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /**
   * Sends one request and collects its answer. A dead helper is an error naming its last words.
   * Requests may be sent before earlier ones are answered (the helper reads and answers them in
   * order), so that it goes from one step to the next without waiting for this process.
   */
  request(kind: string, ...fields: string[]): Promise<HelperAnswer> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.reject(new SandboxError(this.failure()));
    const id = String(this.nextId++);
    const answer = new Promise<HelperAnswer>((resolve, reject) => this.pending.push({ id, records: [], resolve, reject }));
    // A caller that stops at an earlier failure never awaits the requests it sent after it.
    answer.catch(() => undefined);
    (this.child.stdin as Writable).write([kind, id, ...fields.map(escapeField)].join('\t') + '\n');
    return answer;
  }

  /** Ends the sandbox: every process inside dies with its init; the scratch goes with the supervisor. */
  async close(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.endSteps();
      (this.child.stdio[3] as Writable).end();
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
      await this.exited;
      clearTimeout(timer);
    }
  }

  /** Tears the sandbox down now: the supervisor dies, and with it the init and every step. */
  kill(): void {
    this.child.kill('SIGKILL');
  }

  /** Lets the sandbox init go while the scratch stays readable (for the diff and the merge). */
  endSteps(): void {
    const stdin = this.child.stdin as Writable;
    if (!stdin.writableEnded) stdin.end('Q\n');
  }

  private failure(): string {
    const said = this.stderr.trim().split('\n').filter(Boolean).pop();
    return said ? said.replace(/^disco-sandbox: /, '') : 'the sandbox helper stopped';
  }
}

interface Pending {
  id: string;
  records: string[][];
  resolve: (answer: HelperAnswer) => void;
  reject: (error: Error) => void;
}

/** The sandbox could not be set up or died: an environment problem (exit 2), not a step failure. */
export class SandboxError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = 'SandboxError';
  }
}
