// Builds the published package into dist/ (`npm run build`, and `npm pack`
// through prepack):
// - dist/index.js: one ESM bundle of src/index.ts with its source map; the
//   seeds/ and scenarios/ JSON it imports are inlined, the runtime
//   dependencies stay external imports.
// - dist/types/: the .d.ts files from tsc (tsconfig.build.json). They mirror
//   the repository layout (dist/types/packages/core/src/index.d.ts) because a
//   type may be derived from a seed file (`keyof typeof chips`), and such a
//   declaration keeps its relative JSON import: each JSON file the
//   declarations import is copied to the same relative place.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const CORE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REPO_ROOT = resolve(CORE_DIR, '../..');
const DIST = join(CORE_DIR, 'dist');
const TYPES = join(DIST, 'types');

rmSync(DIST, { recursive: true, force: true });

await build({
  entryPoints: [join(CORE_DIR, 'src/index.ts')],
  outfile: join(DIST, 'index.js'),
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(CORE_DIR, 'tsconfig.build.json')], { stdio: 'inherit' });

const JSON_IMPORT = /from '((?:\.\.\/)+[\w./-]+\.json)'/g;
for (const entry of readdirSync(TYPES, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
  const declaration = join(entry.parentPath, entry.name);
  for (const [, specifier] of readFileSync(declaration, 'utf8').matchAll(JSON_IMPORT)) {
    const target = resolve(dirname(declaration), specifier);
    const source = join(REPO_ROOT, relative(TYPES, target));
    if (relative(TYPES, target).startsWith('..')) throw new Error(`${declaration} imports ${specifier}, outside dist/types`);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(source, target);
  }
}
