import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runSolstice } from '../helpers/runCli.ts';

/** The built CLI as users run it: plain node, no export condition, no TypeScript loader. */
const BIN = resolve(REPO_ROOT, 'packages/cli/bin/solstice.mjs');
const SCENARIO = 'scenarios/suncatcher.json';
const dir = mkdtempSync(join(tmpdir(), 'solstice-conventions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runBuilt(args: readonly string[], options: { input?: string; shell?: string } = {}) {
  const env = { ...process.env, NODE_OPTIONS: (process.env.NODE_OPTIONS ?? '').replace(/--conditions[= ]solstice-source/g, '').trim() };
  if (options.shell !== undefined) {
    return spawnSync('bash', ['-c', options.shell], { cwd: REPO_ROOT, env, encoding: 'utf8' });
  }
  return spawnSync(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, env, encoding: 'utf8', input: options.input ?? '' });
}

describe('solstice follows the conventions users expect of a command', () => {
  it('prints its version with --version and -V, exit 0, the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync(resolve(REPO_ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const { code, stdout, stderr } = await runSolstice([flag]);
      expect([code, stdout, stderr]).toEqual([0, `${version}\n`, '']);
    }
  });

  it('prints usage on stderr with exit 2 when no command is given, and on stdout with exit 0 for --help', async () => {
    const bare = await runSolstice([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toMatch(/^Usage: solstice <command>/);
    const help = await runSolstice(['--help']);
    expect(help.code).toBe(0);
    expect(help.stderr).toBe('');
    expect(help.stdout).toMatch(/Exit codes: 0 success, 2 bad input, 1 internal failure, 3 reproduce/);
  });

  it('reads the scenario from standard input for -, with the same result as the file', async () => {
    const text = readFileSync(resolve(REPO_ROOT, SCENARIO), 'utf8');
    const fromFile = await runSolstice(['eval', SCENARIO, '--json']);
    const fromStdin = await runSolstice(['eval', '-', '--json'], text);
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    const tle = await runSolstice(['tle', '-'], text);
    expect(tle.stdout).toBe((await runSolstice(['tle', SCENARIO])).stdout);
  });

  it('names standard input in the messages about a scenario read from it', async () => {
    const { code, stderr } = await runSolstice(['eval', '-'], '{"orbit": {"altitudeKm": -5}}');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^orbit\.altitudeKm: -5 is out of range/m);
    expect((await runSolstice(['eval', '-'], '')).stderr).toMatch(/^scenario: standard input is empty$/m);
  });

  it.each(['eval', 'tle', 'formation', 'project', 'czml', 'sensitivity', 'sweep'])('refuses a second scenario file to %s by name (exit 2) instead of ignoring it', async (command) => {
    const { code, stdout, stderr } = await runSolstice([command, SCENARIO, 'scenarios/conservative-2030.json']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/unexpected argument "scenarios\/conservative-2030\.json"|expected one scenario file, got 2/);
  });

  it('refuses JSON nested 100,000 levels deep as bad input (exit 2) naming the limit', async () => {
    const deep = `{"a": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const { code, stderr } = await runSolstice(['eval', '-'], deep);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^scenario: standard input nests objects or arrays 100001 levels deep; the limit is 64/m);
  });

  it('converts a quantity string given with --set, loading the unit library on demand', async () => {
    const { code, stdout } = await runSolstice(['eval', SCENARIO, '--json', '--set', 'orbit.altitudeKm=0.7 Mm']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).orbit.altitudeM).toBeCloseTo(700_000, 6);
  });

  it('writes any command to -o/--out FILE, the same bytes it prints', async () => {
    for (const [flag, args] of [
      ['-o', ['eval', SCENARIO, '--json']],
      ['--out', ['tle', SCENARIO]],
      ['-o', ['link', '--distance-m', '1000', '--json']],
      ['-o', ['schema']],
    ] as const) {
      const out = join(dir, `${args[0]}.out`);
      const printed = await runSolstice(args);
      const written = await runSolstice([...args, flag, out]);
      expect(written.code).toBe(0);
      expect(written.stdout).toBe('');
      expect(readFileSync(out, 'utf8')).toBe(printed.stdout);
    }
  });

  it('takes --format json|csv|table on every command that prints more than one, --json staying its shorthand', async () => {
    const sweep = ['link', '--sweep-distance', '100:5e6:5'];
    expect((await runSolstice([...sweep, '--format', 'csv'])).stdout).toBe((await runSolstice([...sweep, '--csv'])).stdout);
    expect((await runSolstice([...sweep, '--format=json'])).stdout).toBe((await runSolstice([...sweep, '--json'])).stdout);
    expect((await runSolstice(['eval', SCENARIO, '-f', 'json'])).stdout).toBe((await runSolstice(['eval', SCENARIO, '--json'])).stdout);
    expect((await runSolstice(['eval', SCENARIO, '--format', 'table'])).stdout).toBe((await runSolstice(['eval', SCENARIO])).stdout);
    const refused = await runSolstice(['eval', SCENARIO, '--format', 'csv']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--format: "csv" is not one of table, json/);
  });

  it('prints bash and zsh completion scripts naming every command; another shell is bad input', async () => {
    for (const shell of ['bash', 'zsh']) {
      const { code, stdout } = await runSolstice(['completion', shell]);
      expect(code).toBe(0);
      expect(stdout).toMatch(/complete -o filenames -F _solstice solstice/);
      expect(stdout).toMatch(/eval\) opts="[^"]*--json/);
      expect(stdout).toMatch(/sweep\) opts="[^"]*--vary/);
    }
    expect((await runSolstice(['completion', 'fish'])).code).toBe(2);
  });
});

describe('the built solstice command, run with plain node', () => {
  it('prints its version and evaluates a scenario read from standard input', () => {
    expect(runBuilt(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const result = runBuilt(['eval', '-', '--json'], { input: readFileSync(resolve(REPO_ROOT, SCENARIO), 'utf8') });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).scenario.name).toBe('Suncatcher baseline');
  });

  it('ends quietly with exit 0 when the reader of its output goes away (EPIPE)', () => {
    // 2,000 rows are about 340 kB, five times a 64 kB pipe buffer: the writer meets the closed pipe.
    const result = runBuilt([], {
      shell: `node ${BIN} link --sweep-distance 100:5e6:2000 --csv | head -1; echo "exit=\${PIPESTATUS[0]}"`,
    });
    expect(result.stdout).toMatch(/^distanceM,regime.*\nexit=0\n$/s);
    expect(result.stderr).toBe('');
  });

  it('exits 0 with a row-per-line sweep cut short by head, without a stack trace', () => {
    const result = runBuilt([], { shell: `node ${BIN} sweep ${SCENARIO} --vary orbit.altitudeKm=500:900:200 --workers 0 | head -1 >/dev/null; echo "exit=\${PIPESTATUS[0]}"` });
    expect(result.stdout).toBe('exit=0\n');
    expect(result.stderr).not.toMatch(/EPIPE|\n\s+at /);
  });
});
