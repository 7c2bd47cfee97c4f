// Bundles the shipped entry points into dist/ (self-contained: no node_modules at run time)
// and compiles the sandbox helper. Output is deterministic so CI can diff dist/ against a fresh build.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
// It carries the shims' native front (native/disco-shim.c: freestanding, no libc), built first.
const work = mkdtempSync(join(tmpdir(), 'disco-build-'));
try {
  const front = join(work, 'disco-shim');
  execFileSync('cc', ['-O2', '-static', '-nostdlib', '-ffreestanding', '-fno-builtin', '-fno-stack-protector', '-fno-pie', '-no-pie',
    '-Wall', '-Wextra', '-Werror', '-o', front, 'native/disco-shim.c'], { stdio: 'inherit' });
  execFileSync('cc', ['-O2', '-static', '-Wall', '-Wextra', '-Werror', '-Wno-format-truncation', `-DSHIM_FRONT_FILE="${front}"`,
    '-o', 'dist/disco-sandbox', 'native/disco-sandbox.c'], { stdio: 'inherit' });
} finally {
  rmSync(work, { recursive: true, force: true });
}
