/**
 * The end-to-end fixture: a real git repository (the workspace) holding a module repository under
 * `infra/`, with a base commit and a head commit that changes the `web` module. web1 and web2 get
 * `web`, db1 gets `db` (whose script prints hostile workflow commands), so the change affects
 * web1 and web2 only. quiet1 changes nothing. Release nodes: app1 is idempotent, counter1 is not.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitFixture } from '../../helpers/git-fixture';
import { testTemp } from './github-env';

export const MODULE_DIR = 'infra';

const BASE: Record<string, string> = {
  'parameters/web1/modules/web': '',
  'parameters/web1/parameters/port': '80',
  'parameters/web2/modules/web': '',
  'parameters/web2/parameters/port': '81',
  'parameters/db1/modules/db': '',
  'modules/web/requires': '',
  'modules/web/templates/etc/web/web.conf': 'echo "listen $(disco-param get port)"\n',
  'modules/web/scripts/10-restart.sh': '#!/bin/bash\nservice web restart\n',
  'modules/db/requires': '',
  'modules/db/files/etc/db/db.conf': 'max_connections=100\n',
  'modules/db/scripts/10-hostile.sh': '#!/bin/bash\necho "::set-output name=status::pwned"\necho "##[error]legacy command"\necho "::error::from a script"\n',
  'parameters/app1/modules/app': '',
  'modules/app/requires': '',
  'modules/app/files/etc/app/app.conf': 'mode=prod\n',
  'modules/app/scripts/10-setup.sh': '#!/bin/bash\ngrep -q ready /etc/app/state 2>/dev/null || echo ready > /etc/app/state\n',
  'parameters/quiet1/modules/quiet': '',
  'modules/quiet/requires': '',
  'modules/quiet/scripts/10-check.sh': '#!/bin/bash\necho all good\n',
  'parameters/counter1/modules/counter': '',
  'modules/counter/requires': '',
  'modules/counter/scripts/10-count.sh': '#!/bin/bash\necho tick >> /etc/counter.log\n',
};

/** The head's change: the web template says more, and web gains a script. */
const HEAD: Record<string, string> = {
  'modules/web/templates/etc/web/web.conf': 'echo "listen $(disco-param get port) default_server"\n',
  'modules/web/scripts/20-hello.sh': '#!/bin/bash\necho hello from web\n',
};

export interface Fixture {
  git: GitFixture;
  /** The workspace (git top level). */
  workspace: string;
  base: string;
  head: string;
}

const under = (files: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(files).map(([path, content]) => [`${MODULE_DIR}/${path}`, content]));

export function makeFixture(): Fixture {
  const git = new GitFixture();
  git.write({ 'README.md': 'fixture\n', ...under(BASE) });
  const base = git.commit('base');
  git.write(under(HEAD));
  const head = git.commit('head');
  return { git, workspace: git.dir, base, head };
}

/** A pull_request event (fork: the head comes from another repository). */
export function writeEvent(fixture: Fixture, options: { fork?: boolean; number?: number } = {}): string {
  const dir = testTemp('event-');
  const file = join(dir, 'event.json');
  writeFileSync(file, JSON.stringify({
    action: 'synchronize',
    number: options.number ?? 7,
    pull_request: {
      number: options.number ?? 7,
      base: { sha: fixture.base, repo: { full_name: 'acme/site' } },
      head: { sha: fixture.head, repo: { full_name: options.fork ? 'someone/site' : 'acme/site' } },
    },
    repository: { name: 'site', owner: { login: 'acme' }, full_name: 'acme/site' },
  }));
  return file;
}
