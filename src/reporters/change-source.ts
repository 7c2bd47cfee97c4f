/**
 * Which module file a change or blocked command belongs to, worked out from the report's steps
 * alone: annotations point at it, JUnit puts the change in that step's case.
 */
import type { BlockedCommand, Change, ModuleResult, Step } from '../model/dance-report';

const trimSlashes = (path: string): string => path.replace(/^\/+/, '');

// A step names its target either as the step name (`/etc/web.conf`) or through its source
// (`modules/web/templates/etc/web.conf`); either identifies the file it wrote.
function writes(step: Step, folder: 'templates' | 'files', path: string): boolean {
  const namesTarget = step.name.startsWith('/') || step.kind === 'template';
  if (namesTarget && trimSlashes(step.name) === trimSlashes(path)) return true;
  return step.source !== undefined && step.source.endsWith(`/${folder}/${trimSlashes(path)}`);
}

/**
 * The step that produced a change: the module's template for that path if there is one, else its
 * `files/<path>` step, else its first script; a module with none of those falls back to its first step.
 */
export function changeStep(module: ModuleResult, change: Change): Step | undefined {
  const { steps } = module;
  return (
    steps.find((s) => s.kind === 'template' && writes(s, 'templates', change.path)) ??
    steps.find((s) => s.kind === 'files' && writes(s, 'files', change.path)) ??
    filesFolderStep(module) ??
    steps.find((s) => s.kind === 'script') ??
    steps[0]
  );
}

// One `files` step for the whole folder (source `modules/<m>/files`): only a module without scripts
// can have produced a change that no template wrote through it, so only then is it chosen.
function filesFolderStep(module: ModuleResult): Step | undefined {
  if (module.steps.some((s) => s.kind === 'script')) return undefined;
  return module.steps.find((s) => s.kind === 'files' && s.source !== undefined && /\/files\/?$/.test(s.source));
}

/** The repo-relative module file a change is attributed to, when the report lets us tell. */
export function changeSourceFile(module: ModuleResult, change: Change): string | undefined {
  const step = changeStep(module, change);
  if (step?.kind === 'files' && step.source !== undefined && /\/files\/?$/.test(step.source)) {
    return `${step.source.replace(/\/+$/, '')}/${trimSlashes(change.path)}`;
  }
  return step?.source;
}

/** The step whose file ran a blocked command: same source, else the module's first script. */
export function blockedStep(module: ModuleResult, blocked: BlockedCommand): Step | undefined {
  return (
    module.steps.find((s) => s.source === blocked.source) ??
    module.steps.find((s) => s.kind === 'script') ??
    module.steps[0]
  );
}
