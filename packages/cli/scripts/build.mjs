// Builds the `solstice` command into dist/ as plain JavaScript (run by the
// root `prepare` lifecycle, so `npm install` builds it, and by prepack):
// - dist/solstice.mjs: the process entry (src/bin.ts) that bin/solstice.mjs runs;
// - dist/main.mjs: `runCli` for scripts (the package's export);
// - dist/worker.mjs: the sweep worker thread (pool.ts finds it beside itself);
// - shared chunks: @solstice/core and its dependencies are bundled in from
//   source, one chunk for everything, and mathjs in a chunk of its own that
//   loads only when a quantity string appears. piscina and cli-progress, the
//   CLI's own dependencies, stay external imports.
// Nothing here needs tsx or a TypeScript loader at run time.
//
// The build never leaves dist/ incomplete: it builds in memory, writes only
// files whose bytes changed (chunk names are content hashes, so a rebuild of
// the same source writes nothing) and removes stale files last. A `solstice`
// process started from dist/ while a rebuild runs (tests run in parallel) still
// finds every chunk it imports.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const CLI_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(CLI_DIR, 'dist');

const result = await build({
  write: false,
  absWorkingDir: CLI_DIR,
  entryPoints: { solstice: 'src/bin.ts', main: 'src/main.ts', worker: 'src/sweep/workerEntry.ts' },
  outdir: DIST,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Core from its TypeScript source (no prior core build needed), as tests and Vite do.
  conditions: ['solstice-source'],
  external: ['piscina', 'cli-progress', '@duckdb/node-api'],
  // Some bundled CommonJS dependencies call require() for Node built-ins.
  banner: { js: "import { createRequire as __solsticeCreateRequire } from 'node:module'; const require = __solsticeCreateRequire(import.meta.url);" },
  minifySyntax: true,
  legalComments: 'none',
  sourcemap: 'linked',
  logLevel: 'warning',
});

mkdirSync(DIST, { recursive: true });
const built = new Set();
for (const file of result.outputFiles) {
  built.add(file.path);
  if (existsSync(file.path) && readFileSync(file.path).equals(file.contents)) continue;
  writeFileSync(file.path, file.contents);
}
for (const name of readdirSync(DIST)) {
  const path = join(DIST, name);
  if (!built.has(path)) rmSync(path, { recursive: true, force: true });
}
