/** The server forms of the seed's `disco/server/uri`, and where each module's files are found there. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseServerUri, rsyncSource, serverLocation } from '../../../src/fetch/server-uri';
import { InputError } from '../../../src/model/errors';

const parse = (text: string) => parseServerUri(text, '--server');

test('rsync:// daemon URLs: modules go right after the host', () => {
  const server = parse('rsync://127.0.0.1:8873/');
  assert.equal(rsyncSource(server, 'parameters', 'web1/'), 'rsync://127.0.0.1:8873/parameters/web1/');
  assert.equal(rsyncSource(server, 'testmodule-1.0'), 'rsync://127.0.0.1:8873/testmodule-1.0/');
  assert.equal(rsyncSource(parse('rsync://disco@example.org'), 'm'), 'rsync://disco@example.org/m/');
  assert.equal(rsyncSource(parse('rsync://[::1]:873/'), 'm'), 'rsync://[::1]:873/m/');
});

test('HOST:: and USER@HOST:: daemons, and the seed\'s bare disco@aklabs.net', () => {
  assert.equal(rsyncSource(parse('disco.example.org::'), 'm'), 'disco.example.org::m/');
  assert.equal(rsyncSource(parse('disco@127.0.0.1::'), 'parameters', 'n1/'), 'disco@127.0.0.1::parameters/n1/');
  assert.equal(rsyncSource(parse('disco@aklabs.net'), 'm'), 'disco@aklabs.net::m/');
});

test('a directory laid out like the server home', () => {
  const server = parse('/srv/disco');
  assert.equal(rsyncSource(server, 'parameters', 'n1/'), '/srv/disco/parameters/n1/');
  assert.equal(rsyncSource(server, 'web'), '/srv/disco/modules/web/');
  assert.equal(rsyncSource(parse('file:///srv/disco'), 'web'), '/srv/disco/modules/web/');
  assert.equal(parse('./srv').kind, 'local');
});

test('errors about fetched files name the file on the server', () => {
  const server = parse('rsync://h:1/');
  assert.equal(serverLocation(server, 'modules/web/requires'), 'rsync://h:1/web/requires');
  assert.equal(serverLocation(server, 'parameters/n1/modules/web'), 'rsync://h:1/parameters/n1/modules/web');
  assert.equal(serverLocation(parse('/srv'), 'modules/web/templates/etc/x'), '/srv/modules/web/templates/etc/x');
});

test('anything else is one line naming the flag; no host or user may look like an ssh option', () => {
  for (const text of ['rsync://h/sub/', 'rsync://-oProxyCommand=x/', '-oProxyCommand=x::', 'host:/path', 'a b', '', 'u@-h::', 'http://h/']) {
    assert.throws(() => parse(text), (error: unknown) => error instanceof InputError && error.culprit === '--server', text);
  }
});
