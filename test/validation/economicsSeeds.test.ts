import { describe, expect, it } from 'vitest';
import { economicsReferenceFigure, GRID_REGIONS, LAUNCH_PRICE_HISTORY, referenceValue, wrightLawPriceUsdPerKg } from '@solstice/core';
import costs from '../../seeds/costs.json' with { type: 'json' };
import launch from '../../seeds/launch.json' with { type: 'json' };
import lifecycle from '../../seeds/lifecycle.json' with { type: 'json' };

describe('economics seeds carry a source for every figure', () => {
  it.each([
    ['launch', launch.figures],
    ['lifecycle', lifecycle.figures],
    ['costs', costs.figures],
  ] as const)('seeds/%s.json', (file, figures) => {
    for (const [id, figure] of Object.entries(figures)) {
      expect(figure.source.length, id).toBeGreaterThan(0);
      expect(Number.isFinite(figure.value) && figure.value > 0, id).toBe(true);
      expect(economicsReferenceFigure(file, id).value).toBe(figure.value);
    }
  });

  it('grid regions: intensities between 0 and 1.2 kgCO2e/kWh (coal-only grids are about 1.0), each sourced', () => {
    expect(Object.keys(GRID_REGIONS)).toEqual(expect.arrayContaining(['world', 'us', 'eu', 'china', 'india', 'france']));
    for (const [key, region] of Object.entries(GRID_REGIONS)) {
      expect(region.carbonKgPerKwh, key).toBeGreaterThan(0);
      expect(region.carbonKgPerKwh, key).toBeLessThan(1.2);
      expect(region.source, key).toMatch(/E/);
    }
  });

  it('refuses an unknown id with a RangeError naming the file', () => {
    expect(() => economicsReferenceFigure('costs', 'no.such')).toThrow(/seeds\/costs\.json/);
  });
});

describe('launch price history (seeds/launch.json)', () => {
  it('is sourced, positive, and the Falcon Heavy point is the learning curve reference (1,800 USD/kg at 400 t)', () => {
    for (const point of LAUNCH_PRICE_HISTORY) {
      expect(point.priceUsdPerKg).toBeGreaterThan(0);
      expect(point.source.length).toBeGreaterThan(0);
    }
    const falconHeavy = LAUNCH_PRICE_HISTORY.find((point) => point.cumulativeMassT !== undefined)!;
    const curve = {
      referencePriceUsdPerKg: referenceValue('launch.referencePrice'),
      referenceCumulativeMassKg: referenceValue('launch.referenceCumulativeMass') * 1_000,
      learningRate: referenceValue('launch.learningRate'),
    };
    expect(wrightLawPriceUsdPerKg(curve, falconHeavy.cumulativeMassT! * 1_000)).toBe(falconHeavy.priceUsdPerKg);
  });
});
