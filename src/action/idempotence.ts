/**
 * Release idempotence: the noop dance right after an apply must change nothing. Each change it
 * still reports is named with the module and the module file that produced it.
 */
import type { DanceReport } from '../model/dance-report';
import { changeSourceFile } from '../reporters/change-source';

export function idempotenceFindings(verify: DanceReport[]): string[] {
  return verify.flatMap((report) =>
    report.modules.flatMap((module) =>
      module.changes.map((change) => {
        const file = changeSourceFile(module, change) ?? `modules/${module.name}`;
        return `${report.node}: not idempotent: ${change.path} would be ${change.action} again by module ${module.name} (${file})`;
      }),
    ),
  );
}
