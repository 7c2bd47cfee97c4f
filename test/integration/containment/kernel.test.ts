/**
 * Containment, the kernel's own state: a noop dance whose modules write sysctls, mount and remount,
 * load kernel modules, set the clock, reboot (sysrq and the system call), ptrace the sandbox's init,
 * add keys to the kernel keyrings, make and read a block device of the host's disk, and try all of
 * that again from a user namespace of their own. Nothing of it reaches the host (sysctls, mounts,
 * modules, clock, keys, uptime unchanged) and the target root is byte-identical.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { testRootfs, treeHash } from '../../helpers/rootfs';
import {
  assertContained,
  assertFailed,
  assertHostUnchanged,
  assertNoTokenFiles,
  cleanUp,
  clockNow,
  hostileRepo,
  hostNamespaces,
  hostState,
  restoreHost,
  moduleOutput,
  noopDance,
  rootDevice,
  TOKEN,
  type DanceResult,
  type HostState,
} from './hostile';

const uptime = (): number => Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]);

describe('containment: kernel state', () => {
  const root = testRootfs();
  let repo: string;
  let hashBefore: string;
  let host: HostState;
  let started: ReturnType<typeof clockNow>;
  let uptimeBefore: number;
  let dance: DanceResult;

  before(() => {
    const disk = rootDevice();
    repo = hostileRepo('hostile-kernel', 'hostile', {
      token: TOKEN,
      host_pidns: hostNamespaces().pid,
      disk_major: disk.major,
      disk_minor: disk.minor,
    });
    hashBefore = treeHash(root);
    host = hostState();
    started = clockNow();
    uptimeBefore = uptime();
    dance = noopDance(repo, 'hostile', root);
  });

  after(() => {
    restoreHost(host, started);
    cleanUp();
  });

  it('ends with a report of every module and leaves the target byte-identical', () => {
    assert.deepEqual(dance.report.modules.map((m) => m.name).sort(), [
      'block-devices', 'clock', 'kernel-modules', 'keyrings', 'mounts', 'proc-files', 'ptrace-init', 'reboot', 'sysctl',
      'user-namespace',
    ]);
    assert.equal(treeHash(root), hashBefore, 'the target root changed');
  });

  it('cannot write sysctls: /proc/sys is read-only, sysctl -w by path fails, by name is blocked', () => {
    const output = moduleOutput(dance.report, 'sysctl');
    assertContained(output, 'sysctl');
    assertFailed(output, 'echo > ip_forward', 'echo > swappiness', 'echo > domainname', '/sbin/sysctl -w', '/usr/sbin/sysctl -w', '/usr/sbin/sysctl -p');
    const blocked = dance.report.modules.find((m) => m.name === 'sysctl')!.blocked.map((b) => b.command);
    assert.deepEqual(blocked, ['sysctl -w net.ipv4.ip_default_ttl=13']);
  });

  it('cannot mount, remount /sys or /proc/sys writable, or lift a mask', () => {
    const output = moduleOutput(dance.report, 'mounts');
    assertContained(output, 'mounts');
    assertFailed(
      output,
      '/bin/mount -t tmpfs', '/usr/bin/mount remount /sys rw', '/bin/mount remount /proc/sys rw', '/bin/mount --bind',
      'unshare --mount', 'mount tmpfs', 'bind mount', 'remount /sys read-write',
      'remount /proc/sys read-write', 'unmount /proc/sys', 'unmount the /proc/kmsg mask', 'mount proc', 'mount sysfs',
      'unshare mount namespace',
    );
    const blocked = dance.report.modules.find((m) => m.name === 'mounts')!.blocked.map((b) => b.command);
    assert.deepEqual(blocked, ['mount -t tmpfs none /mnt', 'umount -l /proc/sys']);
    // In a namespace of its own a tmpfs may be mounted, but /proc/sys stays read-only (locked).
    assert.doesNotMatch(output, /RESULT nested remount \/proc\/sys rw: exit 0/);
  });

  it('cannot load kernel modules', () => {
    const output = moduleOutput(dance.report, 'kernel-modules');
    assertContained(output, 'kernel modules');
    assertFailed(output, 'init_module', 'finit_module');
    const blocked = dance.report.modules.find((m) => m.name === 'kernel-modules')!.blocked.map((b) => b.command);
    // By name and by absolute path alike, they only print `Would execute` and are recorded.
    assert.deepEqual(blocked, ['modprobe dummy', 'modprobe dummy', 'modprobe -a dummy veth', 'insmod /lib/modules/evil.ko', 'rmmod dummy']);
  });

  it('cannot set the clock', () => {
    const output = moduleOutput(dance.report, 'clock');
    assertContained(output, 'clock');
    assertFailed(output, 'date -s', '/bin/date -s', 'clock_settime', 'settimeofday', 'adjtimex set offset');
    assert.doesNotMatch(output, /NOW year=2001/);
  });

  it('cannot reboot the host', () => {
    const output = moduleOutput(dance.report, 'reboot');
    assertContained(output, 'reboot');
    assertFailed(output, 'reboot', 'enable sysrq');
    assert.match(output, /STILL HERE after reboot/);
    assert.ok(uptime() >= uptimeBefore, 'the host rebooted');
  });

  it("cannot write /proc's control files of the host's kernel and hardware: masked, read-only or absent", () => {
    const output = moduleOutput(dance.report, 'proc-files');
    assertContained(output, 'proc files');
    for (const line of output.split('\n').filter((l) => l.startsWith('RESULT write'))) {
      assert.match(line, /: exit [1-9]\d* (Read-only file system|Permission denied|Operation not permitted)$/, line);
    }
    // Those that exist on every Linux are masked or read-only, not merely absent.
    assert.match(output, /^MASKED \/proc\/keys$/m);
    assert.match(output, /^RESULT write \/proc\/sys\/kernel\/printk: exit 1 Read-only file system$/m);
  });

  it("cannot ptrace the sandbox's init or read its memory", () => {
    const output = moduleOutput(dance.report, 'ptrace-init');
    assertContained(output, 'ptrace of pid 1');
    assertFailed(output, 'ptrace attach', 'ptrace seize', 'open /proc/PID/mem', 'process_vm_readv', 'open /proc/PID/environ', 'read /proc/1/environ', 'readlink /proc/1/fd/0', "write to the init's stdout");
  });

  it("cannot add keys to the host's keyrings", () => {
    const output = moduleOutput(dance.report, 'keyrings');
    assertContained(output, 'keyrings');
    assertFailed(output, 'add_key to the user keyring', 'add_key to the session keyring');
    assert.ok(!readFileSync('/proc/keys', 'utf8').includes(`disco-key-${TOKEN}`), 'a key reached a keyring of the host');
  });

  it("sees no block device and cannot make or read one for the host's disk", () => {
    const output = moduleOutput(dance.report, 'block-devices');
    assertContained(output, 'block devices');
    assert.match(output, /^BLOCK DEVICES: $/m);
    assert.match(output, /^DEV BLOCK DEVICES: $/m);
    const dev = /^DEV: (.*)$/m.exec(output)![1].trim().split(' ').sort();
    assert.deepEqual(dev, ['fd', 'full', 'null', 'ptmx', 'pts', 'random', 'shm', 'stderr', 'stdin', 'stdout', 'tty', 'urandom', 'zero']);
    assertFailed(output, '/bin/mknod', 'mknod block device');
  });

  it('gains nothing on the host from a user namespace of its own', () => {
    const output = moduleOutput(dance.report, 'user-namespace');
    assertContained(output, 'user namespace');
    // Refused outright, or whatever it does stays in its own namespaces.
    const refused = /RESULT unshare user namespace: (?!ok)/.test(output);
    if (!refused) assertFailed(output, 'userns remount /proc/sys read-write', 'userns unmount the /proc/kmsg mask', 'userns write a sysctl', 'userns mount proc');
    assert.match(output, /^AFTER hostname=hostile$/m);
  });

  it('leaves the host as it was', () => {
    assertHostUnchanged(host, started);
    assertNoTokenFiles(repo);
  });
});
