// Builds the published package into dist/ (`npm run build`, and `npm pack`
// through prepack):
// - dist/index.js: one ESM bundle of src/index.ts with its source map; the
//   seeds/ and scenarios/ JSON it imports are inlined, the runtime
//   dependencies stay external imports.
// - dist/types/: the .d.ts files from tsc (tsconfig.build.json). A type may
//   be derived from a seed file (`keyof typeof chips`), which leaves a JSON
//   import in the declarations; each such import is replaced by a declaration
//   of the JSON's type, so the published types stand alone.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const CORE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
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

/** The TypeScript type of a JSON value, as `resolveJsonModule` infers it (literals widened). */
function jsonType(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    const elements = [...new Set(value.map(jsonType))];
    return elements.length === 0 ? 'never[]' : `(${elements.join(' | ')})[]`;
  }
  if (typeof value === 'object') {
    return `{ ${Object.entries(value).map(([key, field]) => `${JSON.stringify(key)}: ${jsonType(field)};`).join(' ')} }`;
  }
  return typeof value;
}

const JSON_IMPORT = /^import (\w+) from '([^']+\.json)';$/gm;
for (const entry of readdirSync(TYPES, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
  const declaration = join(entry.parentPath, entry.name);
  const text = readFileSync(declaration, 'utf8');
  const sourceDir = join(CORE_DIR, 'src', relative(TYPES, entry.parentPath));
  const inlined = text.replace(JSON_IMPORT, (_line, name, specifier) => {
    const data = JSON.parse(readFileSync(resolve(sourceDir, specifier), 'utf8'));
    return `declare const ${name}: ${jsonType(data)};`;
  });
  if (/from '[^']+\.json'/.test(inlined)) throw new Error(`${declaration}: a JSON import this build cannot inline`);
  if (inlined !== text) writeFileSync(declaration, inlined);
}
