import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assignNodes, jobsOf } from '../../../../src/drivers/vagrant/assign';
import { errorLine } from '../../../../src/drivers/vagrant/errors';
import { parseVolumeList } from '../../../../src/drivers/vagrant/libvirt-sweep';
import { danceCommand } from '../../../../src/drivers/vagrant/remote-dance';
import { shellJoin } from '../../../../src/drivers/vagrant/shell-quote';
import type { DanceJob } from '../../../../src/drivers/driver';

const job = (node: string, label = 'head'): DanceJob => ({ node, label, repo: `/r/${label}`, mode: 'noop', reportPath: `/o/${label}/${node}.json` });

test('nodes are spread round-robin; base and head of a node share a VM; never more VMs than nodes', () => {
  const jobs = [job('a', 'base'), job('b', 'base'), job('c', 'base'), job('a'), job('b'), job('c')];
  assert.deepEqual(assignNodes(jobs, 2), { a: 'm0', b: 'm1', c: 'm0' });
  assert.deepEqual(assignNodes(jobs, 9), { a: 'm0', b: 'm1', c: 'm2' });
  assert.deepEqual(assignNodes(jobs, 1), { a: 'm0', b: 'm0', c: 'm0' });
  assert.deepEqual(jobsOf(jobs, assignNodes(jobs, 2), 'm1').map((j) => `${j.label}:${j.node}`), ['base:b', 'head:b']);
});

test('remote words are quoted for the remote shell', () => {
  assert.equal(shellJoin(['sudo', '-n', 'sh', '-c', "echo 'hi' && ls $HOME"]), `sudo -n sh -c 'echo '\\''hi'\\'' && ls $HOME'`);
  assert.equal(shellJoin(['--node', 'web-1.example.com']), '--node web-1.example.com');
});

test('the dance command line: engine, tree, node, root, report', () => {
  assert.deepEqual(danceCommand('/var/tmp/disco-x', job('web1'), 1, 3), [
    'sudo', '-n', '/var/tmp/disco-x/engine/node', '/var/tmp/disco-x/engine/cli.js', 'dance', '--noop',
    '--repo', '/var/tmp/disco-x/trees/1', '--node', 'web1', '--root', '/', '--json', '/var/tmp/disco-x/reports/3.json',
  ]);
  assert.ok(!danceCommand('/d', { ...job('web1'), mode: 'apply' }, 0, 0).includes('--noop'));
});

test('virsh vol-list table → volume names', () => {
  const table = ' Name                 Path\n------------------------------\n disco-abc-m0.img     /var/lib/libvirt/images/disco-abc-m0.img\n box_0.img   /x/box_0.img\n\n';
  assert.deepEqual(parseVolumeList(table), ['disco-abc-m0.img', 'box_0.img']);
});

test('the error line skips Ruby backtrace frames', () => {
  const output = "/usr/lib/ruby/x.rb:12:in `call': Call to virDomainCreateWithFlags failed (Libvirt::Error)\n\tfrom /usr/lib/ruby/y.rb:3:in `up'\n";
  assert.equal(errorLine(output), "/usr/lib/ruby/x.rb:12:in `call': Call to virDomainCreateWithFlags failed (Libvirt::Error)");
  assert.equal(errorLine('\n\n'), '');
});
