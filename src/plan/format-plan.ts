/** How `disco plan` shows a plan: seed-shaped text, or the JSON shape documented in the README. */
import type { Inclusion, Plan } from './types';

/** `info: plan for web1: base → web`, then one line per module saying why it is in the dance. */
export function planText(plan: Plan): string[] {
  const width = Math.max(0, ...plan.order.map((name) => name.length));
  const head = `info: plan for ${plan.node}: ${plan.order.length ? plan.order.join(' → ') : '(no modules)'}`;
  const lines = plan.order.map((name, index) => {
    const reason = plan.reasons?.[name];
    return `  ${String(index + 1).padStart(2)}. ${name.padEnd(width)}  ${reason ? reasonText(name, reason) : ''}`.trimEnd();
  });
  return [head, ...lines];
}

/** `listed in parameters/web1/modules/web` or `pulled in by web: 'after base' at modules/web/requires:1`. */
export function reasonText(module: string, reason: Inclusion): string {
  if (reason.via === 'node') return `listed in ${reason.file}`;
  return `pulled in by ${reason.by}: '${reason.via} ${module}' at ${reason.file}:${reason.line}`;
}

/** `{ node, order, modules: [{ name, requires, files, templates, scripts }], parameters }`. */
export function planJson(plan: Plan): object {
  return {
    node: plan.node,
    order: plan.order,
    modules: plan.modules.map(({ name, requires, files, templates, scripts }) => ({ name, requires, files, templates, scripts })),
    parameters: plan.parameters,
  };
}
