import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../model/errors';
import { stateDir } from '../model/paths';

/** A held lock on a target root; `release` is safe to call twice. */
export interface RootLock {
  release(): void;
}

/** The identity of a live process: its pid and start time (so a reused pid is not mistaken for it). */
function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One dance at a time on a root: a lock file holding the owner's pid and start time. A second dance
 * waits (saying so once) up to `waitSeconds`, then fails with one line naming the holder. A lock
 * whose owner is gone (killed) is stale: it is removed and taken.
 */
export async function lockRoot(root: string, waitSeconds: number, say: (line: string) => void): Promise<RootLock> {
  const dir = join(stateDir(), 'locks');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, createHash('sha256').update(root).digest('hex').slice(0, 16) + '.lock');
  const me = `${process.pid} ${processStart(process.pid)} ${root}\n`;
  const deadline = Date.now() + waitSeconds * 1000;
  let told = false;
  for (;;) {
    try {
      const fd = openSync(path, 'wx', 0o644);
      writeSync(fd, me);
      closeSync(fd);
      let held = true;
      return {
        release: () => {
          if (held) unlinkSync(path);
          held = false;
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder = '';
    try {
      holder = readFileSync(path, 'utf8');
    } catch {
      continue; // released between our two looks
    }
    const [pid, start] = holder.split(' ');
    if (!holder.endsWith('\n') && Date.now() < deadline) {
      await sleep(20); // being written right now
      continue;
    }
    if (!pid || processStart(Number(pid)) !== start) {
      try {
        // Only the stale lock we read: another waiter may have replaced it with a live one meanwhile.
        if (readFileSync(path, 'utf8') === holder) {
          unlinkSync(path);
          say(`warning: removed the stale lock of process ${pid || '?'} on ${root} (it is gone)`);
        }
      } catch {
        // another waiter removed it first
      }
      continue;
    }
    if (Date.now() >= deadline) {
      throw new InputError(`another dance (pid ${pid}) holds the lock on this root; try again later or raise --lock-wait`, root);
    }
    if (!told) say(`info: waiting for the dance of process ${pid} on ${root} to finish`);
    told = true;
    await sleep(200);
  }
}
