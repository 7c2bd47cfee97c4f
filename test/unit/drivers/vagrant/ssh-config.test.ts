import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSshConfig } from '../../../../src/drivers/vagrant/ssh-config';

// What `vagrant ssh-config` printed for two libvirt machines (vagrant 2.3.4, vagrant-libvirt 0.11.2).
const CANNED = `Host m0
  HostName 192.168.121.44
  User vagrant
  Port 22
  UserKnownHostsFile /dev/null
  StrictHostKeyChecking no
  PasswordAuthentication no
  IdentityFile /var/cache/disco-vagrant/vagrant.d/boxes/disco-VAGRANTSLASH-bookworm-1/0/libvirt/vagrant_key
  IdentitiesOnly yes
  LogLevel FATAL

Host m1
  HostName 192.168.121.45
  User vagrant
  Port 2222
  IdentityFile "/home/runner/with space/key"
  IdentityFile /second/key
`;

test('parses every Host block once into connection facts', () => {
  assert.deepEqual(parseSshConfig(CANNED), {
    m0: {
      machine: 'm0',
      host: '192.168.121.44',
      port: 22,
      user: 'vagrant',
      identityFiles: ['/var/cache/disco-vagrant/vagrant.d/boxes/disco-VAGRANTSLASH-bookworm-1/0/libvirt/vagrant_key'],
    },
    m1: { machine: 'm1', host: '192.168.121.45', port: 2222, user: 'vagrant', identityFiles: ['/home/runner/with space/key', '/second/key'] },
  });
});

test('a machine without an address is an error naming it', () => {
  assert.throws(() => parseSshConfig('Host m0\n  User vagrant\n'), /no HostName for machine 'm0'/);
});

test('empty output gives no machines', () => {
  assert.deepEqual(parseSshConfig(''), {});
});
