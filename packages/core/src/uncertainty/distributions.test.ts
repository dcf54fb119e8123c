import { describe, expect, it } from 'vitest';
import { distributionQuantile, distributionSupport } from '../probability/distributions.ts';
import { latinHypercubeUnitSamples, randomUnitSamples } from './latinHypercube.ts';
import { percentilesOf, quantileOfSorted } from './percentiles.ts';

describe('distributionQuantile', () => {
  it('puts the uniform p = 0.25 point a quarter of the way from min to max (USD/kWh)', () => {
    expect(distributionQuantile({ distribution: 'uniform', params: { min: 0.04, max: 0.12 } }, 0.25)).toBeCloseTo(0.06, 12);
  });

  it('puts the triangular mode at p = (mode - min) / (max - min)', () => {
    const triangular = { distribution: 'triangular', params: { min: 0.18, mode: 0.2, max: 0.24 } } as const;
    expect(distributionQuantile(triangular, (0.2 - 0.18) / (0.24 - 0.18))).toBeCloseTo(0.2, 12);
    expect(distributionQuantile(triangular, 0)).toBe(0.18);
    expect(distributionQuantile(triangular, 1)).toBeCloseTo(0.24, 12);
  });

  it('gives the lognormal median at p = 0.5 and the normal mean at p = 0.5', () => {
    expect(distributionQuantile({ distribution: 'lognormal', params: { median: 0.08, sigma: 0.4 } }, 0.5)).toBeCloseTo(0.08, 12);
    expect(distributionQuantile({ distribution: 'normal', params: { mean: 5, sd: 1 } }, 0.5)).toBeCloseTo(5, 12);
  });

  it('keeps a truncated normal within its bounds at every p, reaching them at p = 0 and 1 (years)', () => {
    const normal = { distribution: 'normal', params: { mean: 5, sd: 2, min: 4, max: 7 } } as const;
    for (let p = 0; p <= 1; p += 0.01) {
      const value = distributionQuantile(normal, p);
      expect(value).toBeGreaterThanOrEqual(4);
      expect(value).toBeLessThanOrEqual(7);
    }
    expect(distributionQuantile(normal, 0)).toBeCloseTo(4, 6);
    expect(distributionQuantile(normal, 1)).toBeCloseTo(7, 6);
    expect(distributionSupport(normal)).toEqual({ min: 4, max: 7 });
  });

  it('is non-decreasing in p for every kind', () => {
    const kinds = [
      { distribution: 'uniform', params: { min: 1, max: 3 } },
      { distribution: 'triangular', params: { min: 1, mode: 1.2, max: 3 } },
      { distribution: 'normal', params: { mean: 2, sd: 0.5 } },
      { distribution: 'lognormal', params: { median: 2, sigma: 0.5, max: 4 } },
    ] as const;
    for (const distribution of kinds) {
      let previous = Number.NEGATIVE_INFINITY;
      for (let p = 0.001; p < 1; p += 0.001) {
        const value = distributionQuantile(distribution, p);
        expect(value).toBeGreaterThanOrEqual(previous);
        previous = value;
      }
    }
  });
});

describe('unit-hypercube sampling', () => {
  it('gives the same points for the same seed and different points for another seed', () => {
    expect(randomUnitSamples(10, 2, 7)).toEqual(randomUnitSamples(10, 2, 7));
    expect(randomUnitSamples(10, 2, 7)).not.toEqual(randomUnitSamples(10, 2, 8));
    expect(latinHypercubeUnitSamples(10, 2, 7)).toEqual(latinHypercubeUnitSamples(10, 2, 7));
    expect(latinHypercubeUnitSamples(10, 2, 7)).not.toEqual(latinHypercubeUnitSamples(10, 2, 8));
  });

  it('puts exactly one Latin hypercube point in each of the n strata of every dimension', () => {
    const samples = 50;
    const dimensions = 3;
    const points = latinHypercubeUnitSamples(samples, dimensions, 42);
    for (let j = 0; j < dimensions; j++) {
      const strata = new Set<number>();
      for (let i = 0; i < samples; i++) strata.add(Math.floor(points[i * dimensions + j]! * samples));
      expect(strata.size).toBe(samples);
    }
  });

  it('draws strictly inside (0, 1)', () => {
    const values = randomUnitSamples(10_000, 1, 3);
    expect(Math.min(...values)).toBeGreaterThan(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });
});

describe('percentiles', () => {
  it('interpolates between order statistics as numpy and R do by default (type 7)', () => {
    expect(quantileOfSorted([1, 2, 3, 4, 5], 0.1)).toBeCloseTo(1.4, 12);
    expect(quantileOfSorted([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantileOfSorted([1, 2, 3, 4, 5], 0.9)).toBeCloseTo(4.6, 12);
  });

  it('ranks +Infinity ("never") last and refuses NaN', () => {
    expect(percentilesOf([2040, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, 2035, Number.POSITIVE_INFINITY]).p90).toBe(Number.POSITIVE_INFINITY);
    expect(() => percentilesOf([1, Number.NaN])).toThrow(RangeError);
  });
});
