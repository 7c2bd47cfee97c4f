/**
 * What must agree between a dance in a VM and the same dance run locally on the test rootfs:
 * the module order and outcomes, every change (path, action, type, mode, content md5, link
 * target) and every blocked command with its source line. Timings, outputs and the root differ.
 */
import type { DanceReport } from '../../src/model/dance-report';

export interface Facts {
  status: string;
  order: string[];
  modules: string[];
  changes: string[];
  blocked: string[];
}

export function facts(report: DanceReport): Facts {
  return {
    status: report.status,
    order: report.order,
    modules: report.modules.map((m) => `${m.name} ${m.status}`),
    changes: report.modules
      .flatMap((m) => m.changes.map((c) => `${m.name} ${c.action} ${c.type} ${c.path} ${c.after?.mode ?? '-'} ${c.after?.md5 ?? c.after?.target ?? '-'}`))
      .sort(),
    blocked: report.modules.flatMap((m) => m.blocked.map((b) => `${b.command} @ ${b.source}:${b.line}`)),
  };
}
