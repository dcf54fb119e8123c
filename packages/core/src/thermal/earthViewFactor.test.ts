import { describe, expect, it } from 'vitest';
import { plateEarthViewFactor } from './earthViewFactor.ts';

describe('plateEarthViewFactor', () => {
  it('tends to 1 for a nadir plate and 1/2 for a vertical plate at the surface', () => {
    expect(plateEarthViewFactor(1e-3, 'nadir')).toBeCloseTo(1, 6);
    expect(plateEarthViewFactor(1e-3, 'vertical')).toBeCloseTo(0.5, 3);
  });

  it('gives 1/H^2 = 0.8236 for a nadir plate at 650 km', () => {
    expect(plateEarthViewFactor(650_000, 'nadir')).toBeCloseTo((6_378_137 / 7_028_137) ** 2, 12);
  });

  it('falls with altitude for both orientations, and a vertical plate sees less Earth than a nadir one', () => {
    for (const orientation of ['nadir', 'vertical'] as const) {
      expect(plateEarthViewFactor(2_000_000, orientation)).toBeLessThan(plateEarthViewFactor(500_000, orientation));
    }
    expect(plateEarthViewFactor(650_000, 'vertical')).toBeLessThan(plateEarthViewFactor(650_000, 'nadir'));
  });
});
