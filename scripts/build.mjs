// Bundles the shipped entry points into dist/ (self-contained: no node_modules at run time)
// and compiles the sandbox helper. Output is deterministic so CI can diff dist/ against a fresh build.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';

const entries = [
  ['src/cli/index.ts', 'dist/cli.js'],
  ['src/action/main.ts', 'dist/main.js'],
  ['src/action/post.ts', 'dist/post.js'],
].filter(([src]) => existsSync(src));

// CommonJS dependencies inside an ESM bundle still call require() for node built-ins.
const banner =
  "import { createRequire as __discoCreateRequire } from 'node:module';\n" +
  'const require = __discoCreateRequire(import.meta.url);';

mkdirSync('dist', { recursive: true });
for (const [src, out] of entries) {
  await build({
    entryPoints: [src],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    banner: { js: (out.endsWith('cli.js') ? '#!/usr/bin/env node\n' : '') + banner },
  });
}

// The sandbox helper is static so it runs on any Linux target (VMs included) without a libc match.
execFileSync('cc', ['-O2', '-static', '-Wall', '-Wextra', '-Werror', '-Wno-format-truncation', '-o', 'dist/disco-sandbox', 'native/disco-sandbox.c'], {
  stdio: 'inherit',
});
