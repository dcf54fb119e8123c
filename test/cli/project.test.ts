import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSolstice } from '../helpers/runCli.ts';

describe('solstice project', () => {
  it('prints one CSV row per year with the contract columns', async () => {
    const { code, stdout } = await runSolstice(['project', 'scenarios/suncatcher.json', '--from', '2030', '--to', '2040']);
    expect(code).toBe(0);
    const [header, ...lines] = stdout.trim().split('\n');
    for (const column of ['year', 'launchPriceUsdPerKg', 'orbitalUsdPerKwYear', 'groundUsdPerKwYear', 'groundOperationalEnergyPerFlopJ', 'orbitalCarbonPerFlopKgCo2e']) {
      expect(header!.split(',')).toContain(column);
    }
    expect(lines.map((line) => Number(line.split(',')[0]))).toEqual([2030, 2031, 2032, 2033, 2034, 2035, 2036, 2037, 2038, 2039, 2040]);
  });

  it('carries the same numbers in CSV and JSON', async () => {
    const csv = (await runSolstice(['project', 'scenarios/suncatcher.json', '--to', '2030', '--format', 'csv'])).stdout;
    const json = JSON.parse((await runSolstice(['project', 'scenarios/suncatcher.json', '--to', '2030', '--format', 'json'])).stdout);
    const [header, ...lines] = csv.trim().split('\n');
    const columns = header!.split(',');
    expect(json.columns).toEqual(columns);
    expect(json.rows.map((row: Record<string, number>) => columns.map((column) => row[column]))).toEqual(lines.map((line) => line.split(',').map(Number)));
  });

  it('writes --out to a file', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'solstice-')), 'projection.csv');
    const { code, stdout } = await runSolstice(['project', 'scenarios/suncatcher.json', '--from', '2025', '--to', '2026', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(3);
  });

  it('refuses a year range outside 2020-2100 or an unknown format with exit 2', async () => {
    expect((await runSolstice(['project', 'scenarios/suncatcher.json', '--from', '2010'])).code).toBe(2);
    expect((await runSolstice(['project', 'scenarios/suncatcher.json', '--from', '2040', '--to', '2030'])).code).toBe(2);
    const { code, stderr } = await runSolstice(['project', 'scenarios/suncatcher.json', '--format', 'xlsx']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--format: "xlsx" is not csv or json/);
  });
});

describe('solstice reproduce', () => {
  it('prints a readable table and exits 3 (not 1, an internal failure) while a figure is outside its tolerance', async () => {
    const { code, stdout } = await runSolstice(['reproduce']);
    expect(stdout).toMatch(/^ok +table1\.starlink-v2-mini\.at200 +810 +821\.43 +USD\/kW\/y/m);
    expect(stdout).toMatch(/figures within tolerance/);
    const json = JSON.parse((await runSolstice(['reproduce', '--json'])).stdout);
    expect(code).toBe(json.failed === 0 ? 0 : 3);
    for (const key of ['id', 'quantity', 'paper', 'model', 'tolerance', 'ok', 'source']) expect(json.rows[0]).toHaveProperty(key);
  });
});

describe('help', () => {
  it('project and reproduce print their usage with --help, exiting 0', async () => {
    for (const command of ['project', 'reproduce']) {
      const { code, stdout } = await runSolstice([command, '--help']);
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^Usage: solstice ${command}`));
    }
  });
});
