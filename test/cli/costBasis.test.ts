import { describe, expect, it } from 'vitest';
import { runSolstice } from '../helpers/runCli.ts';

describe('solstice solve', () => {
  it('prints { path, value, year, orbitalUsdPerKwYear, groundUsdPerKwYear } with orbit equal to ground', async () => {
    const { code, stdout } = await runSolstice(['solve', 'scenarios/suncatcher.json', '--for', 'ground.electricityUsdPerKwh', '--year', '2035', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result).sort()).toEqual(['groundUsdPerKwYear', 'orbitalUsdPerKwYear', 'path', 'value', 'year']);
    expect(result.path).toBe('ground.electricityUsdPerKwh');
    expect(result.year).toBe(2035);
    expect(result.orbitalUsdPerKwYear / result.groundUsdPerKwYear).toBeCloseTo(1, 6);
  });

  it('exits 2 and says which side stays cheaper when no value in the range closes the gap', async () => {
    const { code, stderr } = await runSolstice(['solve', 'scenarios/suncatcher.json', '--for', 'launch.priceUsdPerKg']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/no value of launch\.priceUsdPerKg .* the ground stays cheaper/);
  });

  it('exits 2 on a path that is not a numeric field, and without --for', async () => {
    expect((await runSolstice(['solve', 'scenarios/suncatcher.json', '--for', 'launch.cadence'])).code).toBe(2);
    expect((await runSolstice(['solve', 'scenarios/suncatcher.json'])).code).toBe(2);
  });
});

describe('solstice assumptions', () => {
  it('lists only reasoned defaults, each a numeric scenario path, with its swing; the chip price and satellite hardware lead', async () => {
    const { code, stdout } = await runSolstice(['assumptions', '--json']);
    expect(code).toBe(0);
    const register = JSON.parse(stdout) as { path: string; reasoning: string; orbitalUsdPerKwYearSwing: number; groundUsdPerKwYearSwing: number }[];
    expect(register.length).toBeGreaterThan(10);
    for (const entry of register) {
      expect(entry.reasoning).toMatch(/^\s*reasoned/i);
      expect(entry.orbitalUsdPerKwYearSwing).toBeGreaterThanOrEqual(0);
    }
    expect(register.slice(0, 2).map((entry) => entry.path).sort()).toEqual(['economics.chipUsdPerW', 'economics.satelliteHardwareUsdPerKg']);
    // Satellite hardware at x0.5 and x1.5: 500 x 575 kg / 5 y and its 5 % operations, per delivered kW: a swing near 9,700 USD/kW-year.
    expect(register.find((entry) => entry.path === 'economics.satelliteHardwareUsdPerKg')!.orbitalUsdPerKwYearSwing).toBeGreaterThan(9_000);
  });
});

describe('solstice eval, human output', () => {
  it('opens with the answer: both costs per delivered kW-year and EFLOP, the ratio and the break-even, before the block table', async () => {
    const { code, stdout } = await runSolstice(['eval', 'scenarios/suncatcher.json']);
    expect(code).toBe(0);
    const summary = stdout.slice(0, stdout.indexOf('\norbit\n'));
    expect(summary).toMatch(/orbit +20,917 USD\/kW-year +[\d.]+ USD\/EFLOP/);
    expect(summary).toMatch(/ground +10,510 USD\/kW-year/);
    expect(summary).toMatch(/orbit \/ ground 1\.99\d*x; break-even not before 2100/);
    expect(summary).toMatch(/ground\.electricityUsdPerKwh 0\.08 -> 0\.944/);
  });
});
