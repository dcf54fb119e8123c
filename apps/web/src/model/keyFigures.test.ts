import { evaluateScenario, loadScenario } from '@solstice/core';
import { describe, expect, it } from 'vitest';
import { FIGURE_PAIRS, ORBIT_FIGURES } from './keyFigures.ts';

/** Reads a dotted path of the evaluation, as the key-figures panel does. */
function valueAt(evaluation: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], evaluation);
}

describe('key figures', () => {
  const evaluation = evaluateScenario(loadScenario({ preset: 'suncatcher' }));
  const figures = [...ORBIT_FIGURES, ...FIGURE_PAIRS.flatMap((pair) => [pair.orbital, pair.ground].filter((figure) => figure !== undefined))];

  it('name paths that exist in the baseline evaluation (a renamed result key would otherwise vanish from the panel)', () => {
    const missing = figures.filter((figure) => valueAt(evaluation, figure.path) === undefined).map((figure) => figure.path);
    // The one optional key: the baseline never breaks even before 2100, so it has no break-even year.
    expect(missing).toEqual(['economics.breakEvenYear']);
    // Where orbit is cheaper (cheap hardware, dear electricity) the path holds a year.
    const cheaper = loadScenario({ preset: 'suncatcher' }, ['economics.satelliteHardwareUsdPerKg=100', 'ground.electricityUsdPerKwh=0.5']);
    expect(valueAt(evaluateScenario(cheaper), 'economics.breakEvenYear')).toBeTypeOf('number');
  });

  it("show the drag + SRP station keeping in m/s per year as `solstice eval` computes it (1.22 for the baseline)", () => {
    const figure = ORBIT_FIGURES.find((candidate) => candidate.path === 'stationKeeping.deltaVMPerSPerYearMax')!;
    expect((valueAt(evaluation, figure.path) as number) * figure.format.scale).toBeCloseTo(1.22, 2);
  });
});
