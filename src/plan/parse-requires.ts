/**
 * A module's `requires` file: one statement a line, `after X` or `before X`. `#` starts a comment
 * (whole line or trailing); blank lines are ignored; anything else names the file and line.
 */
import { InputError } from '../model/errors';
import { checkEntityName } from './param-names';
import type { Requirement } from './types';

/** Pure: `file` is the repo-relative path used in errors and in each Requirement. */
export function parseRequires(text: string, file: string): Requirement[] {
  const requirements: Requirement[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const statement = raw.split('#')[0]!.trim();
    if (!statement) return;
    const words = statement.split(/\s+/);
    const [kind, module] = words;
    if (words.length !== 2 || (kind !== 'after' && kind !== 'before')) {
      throw new InputError(`expected 'after MODULE' or 'before MODULE', got '${statement}'`, file, line);
    }
    requirements.push({ kind, module: checkEntityName('module', module!, file, line), file, line });
  });
  return requirements;
}
