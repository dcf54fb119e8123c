import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cumulativeMassDoublings, cumulativeMassForPriceKg, wrightLawPriceUsdPerKg } from './wrightsLaw.ts';

const curve = { referencePriceUsdPerKg: 1_800, referenceCumulativeMassKg: 400_000, learningRate: 0.2 };

describe("Wright's law", () => {
  it('drops the price by the learning rate for each doubling of cumulative mass', () => {
    expect(wrightLawPriceUsdPerKg(curve, 800_000)).toBeCloseTo(1_440, 9);
    expect(wrightLawPriceUsdPerKg(curve, 1_600_000)).toBeCloseTo(1_152, 9);
  });

  it('returns the reference price at the reference mass, with zero doublings', () => {
    expect(wrightLawPriceUsdPerKg(curve, 400_000)).toBe(1_800);
    expect(cumulativeMassDoublings(curve, 400_000)).toBe(0);
  });

  it('inverts: the mass for a price gives back that price', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 100_000, noNaN: true }), fc.double({ min: 0.01, max: 0.5, noNaN: true }), (price, learningRate) => {
        const c = { ...curve, learningRate };
        expect(wrightLawPriceUsdPerKg(c, cumulativeMassForPriceKg(c, price)) / price).toBeCloseTo(1, 9);
      }),
    );
  });

  it('never raises the price as cumulative mass grows', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e12, noNaN: true }),
        fc.double({ min: 1, max: 1e12, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (massA, massB, learningRate) => {
          const c = { ...curve, learningRate };
          const [low, high] = massA < massB ? [massA, massB] : [massB, massA];
          expect(wrightLawPriceUsdPerKg(c, high)).toBeLessThanOrEqual(wrightLawPriceUsdPerKg(c, low) * (1 + 1e-12));
        },
      ),
    );
  });
});
