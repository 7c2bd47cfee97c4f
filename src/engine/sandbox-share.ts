import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Plan } from '../plan/types';
import { READ_ONLY_USES } from './blocked-commands';
import { DISCO_PARAM, PRELUDE, SHIM_FRONT_NAME, shimScript } from './sandbox-scripts';

/** The directories where a command name is looked for on the target (absolute-path calls too). */
const COMMAND_DIRS = ['usr/local/sbin', 'usr/local/bin', 'usr/sbin', 'usr/bin', 'sbin', 'bin'];

/** Host-side directories of one dance: mounted into the sandbox, removed afterwards. */
export interface SandboxShare {
  /** Parent of everything below. */
  dir: string;
  /** Mount point of the scratch tmpfs (inside the helper's private mount namespace). */
  scratch: string;
  /** Mounted read-only at /run/disco (bin, lib), with io/ and repo/ (the module tree) mounted over. */
  share: string;
  /**
   * Host-side, for apply's effect logs only (after the sandbox is gone). Inside the sandbox,
   * /run/disco/io is a tmpfs the helper mounts over it in its own namespace (read through
   * SandboxProcess.ioPath), so no step writes to the host's disk through it or plants a link here.
   */
  io: string;
  /** The overlay layer between the target and the scratch: parameters and shims. */
  layer: string;
}

const isRealDir = (path: string): boolean => {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
};

const exists = (path: string): boolean => {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
};

function writeExecutable(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  chmodSync(path, 0o755);
}

/** Lays out /var/disco/parameters/<node>/ (merged values, module list) as the seed's clients had it. */
function writeParameters(layer: string, plan: Plan): void {
  const base = join(layer, 'var/disco/parameters', plan.node);
  mkdirSync(join(base, 'parameters'), { recursive: true });
  mkdirSync(join(base, 'modules'), { recursive: true });
  for (const entry of plan.parameters) {
    const path = join(base, 'parameters', entry.key);
    if (entry.type === 'dir') mkdirSync(path, { recursive: true });
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, entry.value ?? '');
    }
  }
  for (const name of plan.order) writeFileSync(join(base, 'modules', name), '');
}

/**
 * Shims stand in for the blocked commands that the target has: by name on PATH, and at their
 * absolute paths through the layer (except read-only-capable ones, whose real binary must stay).
 * Commands the target lacks get no shim, so `command -v` answers as it would on the target.
 */
function writeShims(share: string, layer: string, root: string, blocked: string[]): void {
  const dirs = COMMAND_DIRS.filter((dir) => isRealDir(join(root, dir)));
  for (const name of blocked) {
    const found = dirs.filter((dir) => exists(join(root, dir, name)));
    if (!found.length) continue;
    const script = shimScript(name, READ_ONLY_USES[name]);
    if (READ_ONLY_USES[name]) {
      // Read-only-capable commands go through the native front first (it runs a call without
      // arguments for real without starting a bash), then, for any other call, this bash shim.
      writeExecutable(join(share, 'lib', 'shims', name), script);
      symlinkSync(`../lib/${SHIM_FRONT_NAME}`, join(share, 'bin', name));
      continue;
    }
    writeExecutable(join(share, 'bin', name), script);
    for (const dir of found) writeExecutable(join(layer, dir, name), script);
  }
}

export function prepareShare(root: string, plan: Plan, blocked: string[], parent = tmpdir()): SandboxShare {
  const dir = mkdtempSync(join(parent, 'disco-'));
  const share = join(dir, 'share');
  const layout: SandboxShare = { dir, scratch: join(dir, 'scratch'), share, io: join(share, 'io'), layer: join(dir, 'layer') };
  for (const path of [layout.scratch, layout.io, join(share, 'repo'), join(share, 'lib'), join(share, 'bin'), layout.layer]) {
    mkdirSync(path, { recursive: true });
  }
  chmodSync(dir, 0o700);
  writeFileSync(join(share, 'lib', 'prelude.sh'), PRELUDE);
  // Where the helper binds in the shims' native front (native/disco-shim.c).
  writeFileSync(join(share, 'lib', SHIM_FRONT_NAME), '');
  writeExecutable(join(share, 'bin', 'disco-param'), DISCO_PARAM);
  writeShims(share, layout.layer, root, blocked);
  writeParameters(layout.layer, plan);
  return layout;
}

/** True when `root` looks like a root filesystem disco can dance on. */
export function looksLikeRoot(root: string): boolean {
  return existsSync(join(root, 'bin/bash')) && isRealDir(join(root, 'etc'));
}
