import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync, transformSync, type BuildOptions } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateScenario, loadScenario } from '@solstice/core';

/**
 * The published-package check: build @solstice/core, `npm pack` it, install
 * the tarball into an empty project and use it there the way a researcher
 * would, with plain Node, with tsc against the shipped .d.ts, and through a
 * bundler. This is what catches a missing `exports` entry, a file left out of
 * the tarball, or a runtime dependency left in devDependencies.
 */
const REPO_ROOT = resolve(import.meta.dirname, '../..');
const CORE_DIR = join(REPO_ROOT, 'packages/core');
const CLI_DIR = join(REPO_ROOT, 'packages/cli');
const EXAMPLES_DIR = join(REPO_ROOT, 'examples');
const EXAMPLE = join(EXAMPLES_DIR, 'evaluate-baseline.ts');
const RUNTIME_DEPENDENCIES = ['astronomy-engine', 'mathjs', 'pure-rand', 'satellite.js', 'zod'];
const SETUP_TIMEOUT_MS = 150_000;
/** tsc and Node start-up are slow on a busy machine; these bound a hang, not a speed target. */
const STEP_TIMEOUT_MS = 120_000;

/** An environment without the monorepo's `solstice-source` condition: the consumer knows nothing of it. */
const consumerEnv: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => key.toLowerCase() !== 'npm_config_node_options')),
  NODE_OPTIONS: (process.env.NODE_OPTIONS ?? '').replace(/--conditions[= ]solstice-source/g, '').trim(),
};

function run(command: string, args: readonly string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, env: consumerEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

let project = '';
let packedFiles: string[] = [];
let packedCliFiles: string[] = [];

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'solstice-pack-'));
  run('npm', ['run', 'build'], CORE_DIR); // what prepack does; run first so that pack's JSON is all stdout holds
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], CORE_DIR)) as {
    filename: string;
    files: { path: string }[];
  }[];
  if (!packed) throw new Error('npm pack reported no tarball');
  packedFiles = packed.files.map((file) => file.path);
  run('npm', ['run', 'build'], CLI_DIR);
  const [packedCli] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], CLI_DIR)) as {
    filename: string;
    files: { path: string }[];
  }[];
  if (!packedCli) throw new Error('npm pack reported no CLI tarball');
  packedCliFiles = packedCli.files.map((file) => file.path);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'solstice-consumer', private: true, type: 'module' }));
  run('npm', ['install', join(project, packed.filename), join(project, packedCli.filename), '--prefer-offline', '--no-audit', '--no-fund'], project);
}, SETUP_TIMEOUT_MS);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
}, SETUP_TIMEOUT_MS);

describe('the packed @solstice/core', () => {
  it('holds the ESM bundle, its source map and the .d.ts types, and no source or tests', () => {
    for (const file of ['package.json', 'dist/index.js', 'dist/index.js.map', 'dist/types/index.d.ts']) expect(packedFiles).toContain(file);
    expect(packedFiles.filter((file) => file.startsWith('src/') || file.includes('.test.'))).toEqual([]);
  });

  it('imports at run time only the dependencies it declares, none of the app or CLI', () => {
    const installed = JSON.parse(readFileSync(join(project, 'node_modules/@solstice/core/package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      sideEffects: boolean;
    };
    expect(Object.keys(installed.dependencies).sort()).toEqual(RUNTIME_DEPENDENCIES);
    expect(installed.sideEffects).toBe(false);
    const bundle = readFileSync(join(project, 'node_modules/@solstice/core/dist/index.js'), 'utf8');
    const specifiers = [...bundle.matchAll(/^import .* from "([^"]+)";$/gm)].map((match) => match[1] ?? '');
    const imported = new Set(specifiers.map((specifier) => specifier.split('/')[0]));
    expect(imported.size).toBeGreaterThan(0);
    // A relative import ('../../seeds/x.json') would show up as '..': the JSON must be inlined.
    expect([...imported].filter((name) => !RUNTIME_DEPENDENCIES.includes(name ?? ''))).toEqual([]);
  });

  it('runs examples/evaluate-baseline.ts under plain Node with the same numbers as the source', () => {
    const script = transformSync(readFileSync(EXAMPLE, 'utf8'), { loader: 'ts', format: 'esm' }).code;
    writeFileSync(join(project, 'evaluate-baseline.mjs'), script);
    const output = run(process.execPath, ['evaluate-baseline.mjs'], project);
    const printed: unknown = JSON.parse(output.slice(output.indexOf('{')));
    const fromSource: unknown = JSON.parse(JSON.stringify(evaluateScenario(loadScenario({ preset: 'suncatcher' }))));
    expect(printed).toEqual(fromSource);
  }, STEP_TIMEOUT_MS);

  it.each([
    ['nodenext', 'nodenext'],
    ['esnext', 'bundler'],
  ])('type-checks every example against the shipped .d.ts (module %s, resolution %s)', (module, resolution) => {
    const examples = readdirSync(EXAMPLES_DIR).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
    for (const file of examples) writeFileSync(join(project, file), readFileSync(join(EXAMPLES_DIR, file), 'utf8'));
    const tsc = join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
    const args = ['--noEmit', '--strict', '--exactOptionalPropertyTypes', '--target', 'es2022', '--module', module, '--moduleResolution', resolution];
    const types = ['--types', 'node', '--typeRoots', join(REPO_ROOT, 'node_modules/@types')];
    expect(run(process.execPath, [tsc, ...args, ...types, ...examples], project)).toBe('');
  }, STEP_TIMEOUT_MS);

  it('bundles for the browser with esbuild, and the bundle computes the baseline', () => {
    writeFileSync(
      join(project, 'entry.js'),
      "import { evaluateScenario, loadScenario } from '@solstice/core';\n" +
        "export const periodS = evaluateScenario(loadScenario({ preset: 'suncatcher' })).orbit.periodS;\n",
    );
    // satellite.js re-exports an optional WASM build that names node: modules; a
    // browser bundle leaves them out (Vite does so by itself), as users must too.
    const options: BuildOptions = { bundle: true, platform: 'browser', format: 'esm', external: ['node:*'], logLevel: 'silent' };
    const result = buildSync({ ...options, entryPoints: ['entry.js'], absWorkingDir: project, outfile: 'bundle.mjs' });
    expect(result.errors).toEqual([]);
    const printed = run(process.execPath, ['--input-type=module', '-e', "import('./bundle.mjs').then((m) => console.log(m.periodS))"], project);
    expect(Number(printed)).toBeCloseTo(evaluateScenario(loadScenario({ preset: 'suncatcher' })).orbit.periodS, 9);
  }, STEP_TIMEOUT_MS);
});

describe('the packed @solstice/cli', () => {
  it('holds the bin and the built JavaScript, and no TypeScript source', () => {
    for (const file of ['package.json', 'bin/solstice.mjs', 'dist/solstice.mjs', 'dist/main.mjs', 'dist/worker.mjs']) expect(packedCliFiles).toContain(file);
    expect(packedCliFiles.filter((file) => file.endsWith('.ts'))).toEqual([]);
  });

  it('runs `npx solstice --version` and `solstice eval` with plain node, without tsx installed', () => {
    expect(readdirSync(join(project, 'node_modules')).includes('tsx')).toBe(false);
    const { version } = JSON.parse(readFileSync(join(CLI_DIR, 'package.json'), 'utf8')) as { version: string };
    expect(run('npx', ['--no-install', 'solstice', '--version'], project)).toBe(`${version}\n`);
    writeFileSync(join(project, 'baseline.json'), readFileSync(join(REPO_ROOT, 'scenarios/suncatcher.json'), 'utf8'));
    const printed: unknown = JSON.parse(run(process.execPath, [join(project, 'node_modules/@solstice/cli/bin/solstice.mjs'), 'eval', 'baseline.json', '--json'], project));
    const fromSource: unknown = JSON.parse(JSON.stringify(evaluateScenario(loadScenario({ preset: 'suncatcher' }))));
    expect(printed).toEqual(fromSource);
  }, STEP_TIMEOUT_MS);

  it('sweeps on worker threads that load the built worker', () => {
    const csv = run(process.execPath, [join(project, 'node_modules/@solstice/cli/bin/solstice.mjs'), 'sweep', 'baseline.json', '--vary', 'year=2030:2040:4', '--workers', '2'], project);
    expect(csv.trimEnd().split('\n')).toHaveLength(5);
  }, STEP_TIMEOUT_MS);
});
