/**
 * KVM when it really works (GitHub's hosted runners), else QEMU's software emulation (TCG), as on
 * machines whose /dev/kvm exists but whose CPU offers no virtualization extensions to the guest.
 */
import { closeSync, openSync, readFileSync } from 'node:fs';

export type Accel = 'kvm' | 'qemu';

export function probeAccel(): Accel {
  const forced = process.env.DISCO_VAGRANT_ACCEL;
  if (forced === 'kvm' || forced === 'qemu') return forced;
  try {
    closeSync(openSync('/dev/kvm', 'r+'));
    return /^flags\s*:.*\b(vmx|svm)\b/m.test(readFileSync('/proc/cpuinfo', 'utf8')) ? 'kvm' : 'qemu';
  } catch {
    return 'qemu';
  }
}
