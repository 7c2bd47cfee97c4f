/** A real git repository in a temp dir, for `disco affected` tests: write, commit, repeat. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export class GitFixture {
  readonly dir: string;

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'disco-git-'));
    this.git('init', '-q', '-b', 'main');
    // Local identity and no signing, whatever the machine's global git config says.
    this.git('config', 'user.name', 'disco tests');
    this.git('config', 'user.email', 'tests@disco.invalid');
    this.git('config', 'commit.gpgsign', 'false');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  }

  /** path → content, or `{ link }` for a symlink. */
  write(files: Record<string, string | { link: string }>): this {
    for (const [path, content] of Object.entries(files)) {
      const full = join(this.dir, path);
      mkdirSync(dirname(full), { recursive: true });
      rmSync(full, { force: true, recursive: true });
      if (typeof content === 'string') writeFileSync(full, content);
      else symlinkSync(content.link, full);
    }
    return this;
  }

  copy(from: string, to: string): this {
    cpSync(from, join(this.dir, to), { recursive: true, verbatimSymlinks: true });
    return this;
  }

  remove(...paths: string[]): this {
    for (const path of paths) rmSync(join(this.dir, path), { recursive: true, force: true });
    return this;
  }

  /** Commits everything and returns the commit id. */
  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
