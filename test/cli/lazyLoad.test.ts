import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/runCli.ts';

/** The built CLI as users run it: plain node, no export condition. */
const BIN = resolve(REPO_ROOT, 'packages/cli/bin/solstice.mjs');
const dir = mkdtempSync(join(tmpdir(), 'solstice-lazy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A module hook that writes every file URL Node loads to stderr, one `LOADED <url>` line each. */
const HOOKS = join(dir, 'hooks.mjs');
writeFileSync(HOOKS, "export async function load(url, context, next) { if (url.startsWith('file:')) process.stderr.write(`LOADED ${url}\\n`); return next(url, context); }\n");
const REGISTER = join(dir, 'register.mjs');
writeFileSync(REGISTER, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(HOOKS).href)});\n`);

/** The files the built CLI loads for one command line, and their total size in bytes. */
function loadedFiles(args: readonly string[]): { files: string[]; bytes: number } {
  const env = { ...process.env, NODE_OPTIONS: '' };
  const result = spawnSync(process.execPath, ['--import', REGISTER, BIN, ...args], { cwd: REPO_ROOT, env, encoding: 'utf8' });
  expect(result.status).toBe(0);
  const files = [...result.stderr.matchAll(/^LOADED (\S+)$/gm)].map((match) => fileURLToPath(match[1]!)).filter((file) => file !== REGISTER);
  return { files, bytes: files.reduce((sum, file) => sum + statSync(file).size, 0) };
}

describe('the built CLI loads only what a command needs', () => {
  it('lists every command for --help without loading a command module, @solstice/core or a dependency', () => {
    const help = loadedFiles(['--help']);
    const evaluate = loadedFiles(['eval', 'scenarios/suncatcher.json', '--json']);
    expect(help.files.filter((file) => file.includes('node_modules'))).toEqual([]);
    // The core chunk is over 1 MB; --help loads the table and the CLI's own helpers only.
    expect(help.bytes).toBeLessThan(evaluate.bytes / 20);
  });

  it('loads neither the sweep worker pool nor the progress bar for eval', () => {
    const evaluate = loadedFiles(['eval', 'scenarios/suncatcher.json', '--json']);
    expect(evaluate.files.filter((file) => /piscina|cli-progress|duckdb/.test(file))).toEqual([]);
    const sweep = loadedFiles(['sweep', '--help']);
    expect(sweep.files.some((file) => /piscina/.test(file))).toBe(true);
  });
});
