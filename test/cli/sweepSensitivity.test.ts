import { describe, expect, it } from 'vitest';
import { runSolstice } from '../helpers/runCli.ts';

const UNCERTAIN = 'scenarios/suncatcher-uncertain.json';

describe('solstice sensitivity', () => {
  it('moves each uncertain input to its p10 and p90 and ranks them by swing (JSON)', { timeout: 120_000 }, async () => {
    const { code, stdout, stderr } = await runSolstice(['sensitivity', UNCERTAIN, '--json']);
    expect(code, stderr).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.lowP).toBe(0.1);
    expect(result.highP).toBe(0.9);
    expect(result.metrics).toEqual(['economics.breakEvenYear', 'economics.orbitalUsdPerKwYear']);
    expect(result.bars.map((bar: { path: string }) => bar.path).sort()).toEqual(
      ['ground.electricityUsdPerKwh', 'ground.pue', 'launch.learningRate', 'satellite.lifetimeYears'].sort(),
    );
    // Uniform electricity price on [0.06, 0.25] USD/kWh: p10 and p90 are 0.079 and 0.231.
    const electricity = result.bars.find((bar: { path: string }) => bar.path === 'ground.electricityUsdPerKwh');
    expect(electricity.lowInput).toBeCloseTo(0.079, 12);
    expect(electricity.highInput).toBeCloseTo(0.231, 12);
    // A longer life spreads the same satellite over more years: orbital cost per kW-year falls.
    const life = result.bars.find((bar: { path: string }) => bar.path === 'satellite.lifetimeYears');
    expect(life.high['economics.orbitalUsdPerKwYear']).toBeLessThan(life.low['economics.orbitalUsdPerKwYear']);
    const swings = result.bars.map((bar: { swing: Record<string, number> }) => bar.swing['economics.breakEvenYear']);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
  });

  it('prints a table by default, one line per input', { timeout: 120_000 }, async () => {
    const { code, stdout } = await runSolstice(['sensitivity', UNCERTAIN, '--metric', 'economics.orbitalUsdPerKwYear']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^satellite\.lifetimeYears +[\d.]+ +[\d.]+ +[\d,.]+ +[\d,.]+ +[\d,.]+$/m);
  });

  it('refuses a scenario without uncertain inputs and an unknown metric, with exit 2', async () => {
    const none = await runSolstice(['sensitivity', 'scenarios/suncatcher.json']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no uncertain inputs/);
    const metric = await runSolstice(['sensitivity', UNCERTAIN, '--metric', 'economics.nope']);
    expect(metric.code).toBe(2);
    expect(metric.stderr).toMatch(/economics.nope: not a numeric key/);
  });
});
