import { describe, expect, it } from 'vitest';
import { runSolstice } from '../helpers/runCli.ts';

const UNCERTAIN = 'scenarios/suncatcher-uncertain.json';

interface SobolInput {
  path: string;
  firstOrder: number | null;
  total: number | null;
  firstOrderLow: number | null;
  firstOrderHigh: number | null;
}

describe('solstice sensitivity --sobol', () => {
  it('prints first-order and total indices per uncertain input, reproducibly for a seed (JSON)', { timeout: 120_000 }, async () => {
    const args = ['sensitivity', UNCERTAIN, '--sobol', '--samples', '32', '--seed', '2', '--json'];
    const first = await runSolstice(args);
    expect(first.code, first.stderr).toBe(0);
    const result = JSON.parse(first.stdout);
    expect(result.method).toBe('sobol');
    expect(result.samples).toBe(32);
    expect(result.seed).toBe(2);
    expect(result.sequence).toBe('sobol');
    expect(result.evaluations).toBe(32 * (4 + 2));
    expect(result.metrics.map((metric: { metric: string }) => metric.metric)).toEqual(['orbitToGroundCostRatio', 'economics.orbitalUsdPerKwYear']);
    // The ground's electricity price and PUE do not enter the orbital cost: both indices exactly 0.
    const orbital = result.metrics[1].inputs as SobolInput[];
    for (const path of ['ground.electricityUsdPerKwh', 'ground.pue']) {
      const input = orbital.find((entry) => entry.path === path)!;
      expect(input.firstOrder).toBe(0);
      expect(input.total).toBe(0);
    }
    // Sorted by total index; the satellite's lifetime leads the orbital cost (as in the tornado).
    expect(orbital[0]!.path).toBe('satellite.lifetimeYears');
    for (const input of result.metrics[0].inputs as SobolInput[]) expect(input.firstOrderLow!).toBeLessThanOrEqual(input.firstOrderHigh!);
    const again = await runSolstice(args);
    expect(again.stdout).toBe(first.stdout);
  });

  it('prints one table per metric with a sum line', { timeout: 120_000 }, async () => {
    const { code, stdout, stderr } = await runSolstice(['sensitivity', UNCERTAIN, '--sobol', '--samples', '16', '--metric', 'economics.groundUsdPerKwYear']);
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/N = 16 \(96 evaluations\), Sobol' sequence/);
    expect(stdout).toMatch(/^satellite\.lifetimeYears +0\.000 +\[0\.000, 0\.000\] +0\.000/m);
    expect(stdout).toMatch(/^\(sum\) +[\d.]+ +[\d.]+$/m);
  });

  it('refuses --samples without --sobol and fewer than 2 samples, with exit 2', async () => {
    const plain = await runSolstice(['sensitivity', UNCERTAIN, '--samples', '10']);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/need --sobol/);
    const tiny = await runSolstice(['sensitivity', UNCERTAIN, '--sobol', '--samples', '1']);
    expect(tiny.code).toBe(2);
    expect(tiny.stderr).toMatch(/--samples: 1 is not a whole number of at least 2/);
  });
});
