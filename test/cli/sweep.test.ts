import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvLine, evaluateSweepRows, parseScenarioJson, planSweep, type SweepDefinition } from '@solstice/core';
import { REPO_ROOT, runSolstice } from '../helpers/runCli.ts';

const dir = mkdtempSync(join(tmpdir(), 'solstice-sweep-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SCENARIO = 'scenarios/suncatcher.json';
const GRID = ['--vary', 'orbit.altitudeKm=500:900:3', '--vary', 'launch.learningRate=0.18:0.24:3'];

async function sweepToFile(name: string, extra: readonly string[]): Promise<string> {
  const out = join(dir, name);
  const { code, stderr } = await runSolstice(['sweep', SCENARIO, ...GRID, '--out', out, ...extra]);
  expect(code, stderr).toBe(0);
  // Not a terminal: no progress bar, only the one-line summary.
  expect(stderr).toMatch(/^swept \d+ points in [\d.]+ s (in this thread|on \d worker threads?)[^\n]*, wrote [^\n]+\n$/);
  return readFileSync(out, 'utf8');
}

describe('solstice sweep', () => {
  it('writes one CSV row per grid point in index order, the last --vary fastest, values in the key units', async () => {
    const text = await sweepToFile('grid.csv', ['--workers', '0']);
    const [header, ...rows] = text.trimEnd().split('\n');
    const columns = header!.split(',');
    expect(columns.slice(0, 3)).toEqual(['index', 'orbit.altitudeKm', 'launch.learningRate']);
    expect(columns).toContain('economics.launchPriceUsdPerKg');
    expect(rows).toHaveLength(9);
    const cells = rows.map((row) => row.split(','));
    expect(cells.map((row) => Number(row[0]))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(cells.map((row) => Number(row[1]))).toEqual([500, 500, 500, 700, 700, 700, 900, 900, 900]);
    expect(cells.slice(0, 3).map((row) => Number(row[2]))).toEqual([0.18, 0.21, 0.24]);
    const altitudeM = cells.map((row) => Number(row[columns.indexOf('orbit.altitudeM')]));
    expect(altitudeM[8]).toBe(900_000);
  });

  it('gives byte-identical output on 2 worker threads and in this thread', { timeout: 180_000 }, async () => {
    expect(await sweepToFile('workers2.csv', ['--workers', '2'])).toBe(await sweepToFile('workers0.csv', ['--workers', '0']));
  });

  it('splits into --shard k/N parts whose concatenation (cat) is the whole sweep', async () => {
    const whole = await sweepToFile('whole.csv', ['--workers', '0']);
    const parts: string[] = [];
    for (const k of [1, 2, 3, 4]) parts.push(await sweepToFile(`shard${k}.csv`, ['--workers', '0', '--shard', `${k}/4`]));
    expect(parts[1]!.startsWith('index,')).toBe(false); // only shard 1 writes the header
    expect(parts.join('')).toBe(whole);
  });

  it('samples a reproducible Latin hypercube with --samples and --seed: one point per stratum of each range', async () => {
    const args = ['sweep', SCENARIO, '--vary', 'orbit.altitudeKm=500:900', '--samples', '8', '--seed', '3', '--workers', '0'];
    const first = await runSolstice(args);
    const again = await runSolstice(args);
    const other = await runSolstice([...args.slice(0, -4), '--seed', '4', '--workers', '0']);
    expect(first.code).toBe(0);
    expect(again.stdout).toBe(first.stdout);
    expect(other.stdout).not.toBe(first.stdout);
    const altitudes = first.stdout.trimEnd().split('\n').slice(1).map((row) => Number(row.split(',')[1]));
    expect(new Set(altitudes.map((km) => Math.floor((km - 500) / 50))).size).toBe(8);
  });

  it.each([
    ['SIGKILL', null],
    ['SIGINT', 130],
  ] as const)('keeps every row written before %s: an interrupted sweep is a prefix of the whole one (exit code %s)', { timeout: 180_000 }, async (signal, exitCode) => {
    const out = join(dir, `interrupted-${signal}.csv`);
    const definition: SweepDefinition = { kind: 'grid', ranges: [{ path: 'orbit.altitudeKm', start: 400, stop: 1_200, count: 2_000 }] };
    // The built CLI (npm run build --workspace @solstice/cli) run by Node itself, so bin/solstice.mjs runs in this one process (no restart to signal).
    const child = spawn(
      process.execPath,
      [resolve(REPO_ROOT, 'packages/cli/bin/solstice.mjs'), 'sweep', SCENARIO, '--vary', 'orbit.altitudeKm=400:1200:2000', '--workers', '0', '--out', out],
      { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const lines = () => {
      try {
        return readFileSync(out, 'utf8').split('\n').length - 1;
      } catch {
        return 0;
      }
    };
    while (lines() < 6) await new Promise((wait) => setTimeout(wait, 100));
    child.kill(signal);
    expect(await exited).toBe(exitCode);
    const text = readFileSync(out, 'utf8');
    if (signal === 'SIGINT') {
      expect(stderr).toMatch(/interrupted: \d+ rows written/);
      expect(text.endsWith('\n')).toBe(true);
    }
    const kept = text.slice(0, text.lastIndexOf('\n') + 1).split('\n').slice(1, -1);
    expect(kept.length).toBeGreaterThanOrEqual(5);
    expect(kept.length).toBeLessThan(2_000);
    const base = parseScenarioJson(readFileSync(resolve(REPO_ROOT, SCENARIO), 'utf8'));
    const columns = text.slice(0, text.indexOf('\n')).split(',');
    const expected = evaluateSweepRows(base, planSweep(definition), 0, kept.length).map((row) => csvLine(columns, row).trimEnd());
    expect(kept).toEqual(expected);
  });

  it('keeps a result key that only later points have (break-even once electricity is dear) as a column, empty where absent', async () => {
    const { code, stdout } = await runSolstice(['sweep', SCENARIO, '--vary', 'ground.electricityUsdPerKwh=0.06:2:3', '--workers', '0']);
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trimEnd().split('\n');
    const column = header!.split(',').indexOf('economics.breakEvenYear');
    expect(column).toBeGreaterThan(0);
    const years = rows.map((row) => row.split(',')[column]);
    expect(years[0]).toBe(''); // at 0.06 USD/kWh orbit is never cheaper
    expect(Number(years[2])).toBeGreaterThanOrEqual(2020); // at 2 USD/kWh it is
  });

  it.each([
    [['--vary', 'orbit.altitudeKn=500:900:3'], /orbit.altitudeKn: unknown scenario path \(did you mean "orbit.altitudeKm"\?\)/],
    [['--vary', 'orbit.altitudeKm=100:900:3'], /orbit.altitudeKm: 100 is out of range \(160 to 2000 km\)/],
    [['--vary', 'launch.cadence=1:2:2'], /launch.cadence: is not a numeric scenario field/],
    [['--vary', 'orbit.altitudeKm=500:900'], /a grid needs a count/],
    [['--vary', 'orbit.altitudeKm=500:900:3', '--shard', '5/4'], /shard: "5\/4" is not k\/N/],
    [['--vary', 'orbit.altitudeKm=500:900:3', '--workers', '1.5'], /--workers: 1.5 is not a whole number/],
    [[], /at least one --vary/],
    [['--vary', 'orbit.altitudeKm=500:900:3', '--out', 'no/such/dir/out.csv'], /--out: cannot write .*ENOENT/],
  ])('refuses %j with exit 2 and a message naming the problem', async (extra, message) => {
    const { code, stderr } = await runSolstice(['sweep', SCENARIO, ...extra]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
