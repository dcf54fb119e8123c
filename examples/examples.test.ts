import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluateScenario, loadScenario, PROJECTION_COLUMNS, tleChecksum } from '@solstice/core';
import { runSolstice } from '../test/helpers/runCli.ts';

/**
 * Every example runs here, in-process, against the same @solstice/core a
 * script gets (test/pack runs evaluate-baseline.ts against the packed tarball
 * under plain Node). Each test checks the printed numbers against an
 * independent call of the model, not against a snapshot.
 */
async function runExample(file: string): Promise<string[]> {
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void lines.push(parts.join(' ')));
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => lines.push(String(chunk)) > 0);
  try {
    await import(`./${file}`);
  } finally {
    log.mockRestore();
    write.mockRestore();
  }
  return lines;
}

function csvRows(lines: readonly string[]): { header: string[]; rows: string[][] } {
  const [header = '', ...rows] = lines.flatMap((line) => line.split('\n')).filter((line) => line !== '');
  return { header: header.split(','), rows: rows.map((line) => line.split(',')) };
}

afterEach(() => vi.restoreAllMocks());

describe('examples', () => {
  it('quickstart.ts (the README code) evaluates, projects 2025-2050 to CSV and sweeps 5 altitudes', async () => {
    const lines = (await runExample('quickstart.ts')).flatMap((line) => line.split('\n')).filter((line) => line !== '');
    const scenario = loadScenario({ preset: 'suncatcher' }, { 'orbit.altitudeKm': 700, year: 2040 });
    expect(Number(lines[0])).toBeCloseTo(evaluateScenario(scenario).economics.launchedPowerUsdPerKwYear, 9);
    expect(lines[1]).toBe(PROJECTION_COLUMNS.join(','));
    expect(lines.slice(2, 28).map((line) => Number(line.split(',')[0]))).toEqual(Array.from({ length: 26 }, (_, index) => 2025 + index));
    const swept = lines.slice(28).map((line) => line.split(' ').map(Number));
    expect(swept.map(([altitudeKm]) => altitudeKm)).toEqual([500, 600, 700, 800, 900]);
    const at900 = evaluateScenario(loadScenario({ preset: 'suncatcher' }, { 'orbit.altitudeKm': 900, year: 2040 }));
    expect(swept[4]?.[1]).toBeCloseTo(at900.orbit.sunlitFraction, 12);
  });

  it('evaluate-baseline.ts prints the headline figures and the evaluation of scenarios/suncatcher.json', async () => {
    const lines = await runExample('evaluate-baseline.ts');
    const evaluation = evaluateScenario(loadScenario({ preset: 'suncatcher' }));
    expect(lines[0]).toBe('Suncatcher baseline (2035)');
    expect(lines.find((line) => line.startsWith('orbital period'))).toContain(`${(evaluation.orbit.periodS / 60).toFixed(1)} min`);
    expect(JSON.parse(lines.at(-1) ?? '')).toEqual(JSON.parse(JSON.stringify(evaluation)));
  });

  it('sweep-altitude-learning-rate.ts prints a 4 x 3 grid whose launched power matches a direct evaluation in USD/kW/y', async () => {
    const { header, rows } = csvRows(await runExample('sweep-altitude-learning-rate.ts'));
    expect(header).toEqual(['orbit.altitudeKm', 'launch.learningRate', 'orbit.sunlitFraction', 'economics.launchPriceUsdPerKg', 'economics.launchedPowerUsdPerKwYear']);
    expect(rows.map((row) => [Number(row[0]), Number(row[1])])).toEqual(
      [550, 650, 750, 850].flatMap((altitudeKm) => [0.15, 0.2, 0.25].map((learningRate) => [altitudeKm, expect.closeTo(learningRate, 12)])),
    );
    const last = rows.at(-1)!;
    const direct = evaluateScenario(loadScenario({ preset: 'suncatcher' }, { 'orbit.altitudeKm': 850, 'launch.learningRate': 0.25 }));
    expect(Number(last[2])).toBeCloseTo(direct.orbit.sunlitFraction, 12);
    expect(Number(last[4])).toBeCloseTo(direct.economics.launchedPowerUsdPerKwYear, 6);
  });

  it('break-even-by-electricity-price.ts gives the evaluated break-even year, never later as electricity gets dearer', async () => {
    const { header, rows } = csvRows(await runExample('break-even-by-electricity-price.ts'));
    expect(header).toEqual(['electricityUsdPerKwh', 'breakEvenYear']);
    expect(rows.length).toBe(8);
    const years = rows.map((row) => (row[1] === 'none' ? Infinity : Number(row[1])));
    for (let index = 1; index < years.length; index += 1) expect(years[index]).toBeLessThanOrEqual(years[index - 1]!);
    for (const row of [rows[0]!, rows.at(-1)!]) {
      const evaluated = evaluateScenario(loadScenario({ preset: 'suncatcher' }, { 'ground.electricityUsdPerKwh': Number(row[0]) }));
      expect(row[1]).toBe(String(evaluated.economics.breakEvenYear ?? 'none'));
    }
  });

  it('export-tles.ts prints 82 TLEs (reference + 81 satellites) with valid checksums, the same text as solstice tle', async () => {
    const lines = await runExample('export-tles.ts');
    const text = `${lines.join('\n')}\n`;
    const tleLines = text.trimEnd().split('\n');
    expect(tleLines.length).toBe(3 * 82);
    for (let index = 0; index < tleLines.length; index += 3) {
      for (const line of [tleLines[index + 1]!, tleLines[index + 2]!]) {
        expect(line).toHaveLength(69);
        expect(Number(line[68])).toBe(tleChecksum(line));
      }
    }
    const cli = await runSolstice(['tle', 'scenarios/suncatcher.json']);
    expect(cli.code).toBe(0);
    expect(text).toBe(cli.stdout);
  });

  it('monte-carlo-projection.ts gives ordered percentiles in USD/kW/y, the same as solstice project with the same seed', async () => {
    const { header, rows } = csvRows(await runExample('monte-carlo-projection.ts'));
    expect(header).toEqual(['year', 'orbitalUsdPerKwYear_p10', 'orbitalUsdPerKwYear_p50', 'orbitalUsdPerKwYear_p90', 'groundUsdPerKwYear_p50']);
    expect(rows.map((row) => Number(row[0]))).toEqual(Array.from({ length: 16 }, (_, index) => 2030 + index));
    for (const row of rows) {
      const [p10, p50, p90] = [Number(row[1]), Number(row[2]), Number(row[3])];
      expect(p10).toBeLessThan(p50);
      expect(p50).toBeLessThan(p90);
    }
    const cli = await runSolstice(['project', 'scenarios/suncatcher-uncertain.json', '--samples', '200', '--seed', '42', '--from', '2030', '--to', '2045', '--format', 'csv']);
    expect(cli.code).toBe(0);
    const cliTable = csvRows(cli.stdout.trimEnd().split('\n'));
    for (const [column, name] of header.entries()) {
      const cliColumn = cliTable.header.indexOf(name);
      expect(cliTable.rows.map((row) => row[cliColumn])).toEqual(rows.map((row) => row[column]));
    }
  });
});
