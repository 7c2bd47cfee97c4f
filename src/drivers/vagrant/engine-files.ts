/**
 * The engine uploaded into each VM: the bundled CLI, the static sandbox helper beside it, and the
 * Node binary that runs this controller (or DISCO_ENGINE_NODE), so the box needs no Node of its own.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../model/errors';

export interface EngineFiles {
  cli: string;
  helper: string;
  node: string;
}

/** dist/ when running from the bundle (this file is inside it) or from sources (../../../dist). */
export function engineFiles(): EngineFiles {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [process.env.DISCO_ENGINE_DIR, here, resolve(here, '../../../dist')].filter(
    (dir): dir is string => !!dir,
  );
  const dir = candidates.find((candidate) => existsSync(join(candidate, 'cli.js')) && existsSync(join(candidate, 'disco-sandbox')));
  if (!dir) throw new InputError('the engine bundle (dist/cli.js and dist/disco-sandbox) is missing: run npm run build', 'dist/');
  return { cli: join(dir, 'cli.js'), helper: join(dir, 'disco-sandbox'), node: process.env.DISCO_ENGINE_NODE || process.execPath };
}
