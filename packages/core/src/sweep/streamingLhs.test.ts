import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feistelPermutation, mix32, streamingLhs } from './streamingLhs.ts';

describe('feistelPermutation', () => {
  it('is a bijection of [0, size) for any size and keys (cycle walking keeps it inside)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3_000 }), fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { minLength: 4, maxLength: 4 }), (size, keys) => {
        const permutation = feistelPermutation(size, keys);
        const seen = new Uint8Array(size);
        for (let i = 0; i < size; i++) {
          const value = permutation.at(i);
          if (!(Number.isInteger(value) && value >= 0 && value < size) || seen[value] === 1) return false;
          seen[value] = 1;
        }
        return true;
      }),
      { numRuns: 60 },
    );
  });

  it('shuffles: fewer than 1% of 10,000 indices are fixed points, and neighbours land far apart', () => {
    const permutation = feistelPermutation(10_000, [1, 2, 3, 4]);
    let fixed = 0;
    let adjacent = 0;
    for (let i = 0; i < 10_000; i++) {
      if (permutation.at(i) === i) fixed++;
      if (i > 0 && Math.abs(permutation.at(i) - permutation.at(i - 1)) === 1) adjacent++;
    }
    expect(fixed).toBeLessThan(100); // a random permutation has 1 on average
    expect(adjacent).toBeLessThan(100); // about 2 on average
  });

  it('refuses sizes outside 1 to 2^30', () => {
    expect(() => feistelPermutation(0, [1, 2, 3, 4])).toThrow(RangeError);
    expect(() => feistelPermutation(2 ** 30 + 1, [1, 2, 3, 4])).toThrow(/outside 1 to 2\^30/);
  });
});

describe('mix32', () => {
  it('flips about half the output bits when one input bit flips (avalanche)', () => {
    let flipped = 0;
    let trials = 0;
    for (let x = 0; x < 2_000; x++) {
      for (let bit = 0; bit < 32; bit++) {
        const diff = (mix32(x) ^ mix32(x ^ (1 << bit))) >>> 0;
        flipped += diff.toString(2).replaceAll('0', '').length;
        trials += 32;
      }
    }
    expect(flipped / trials).toBeCloseTo(0.5, 2);
  });
});

describe('streamingLhs', () => {
  it('puts exactly one point in each of the n strata of every dimension, each coordinate in (0, 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000 }), fc.integer({ min: 1, max: 4 }), fc.nat(), (size, dimensions, seed) => {
        const design = streamingLhs(size, dimensions, seed);
        const out = new Float64Array(dimensions);
        const strata = Array.from({ length: dimensions }, () => new Uint8Array(size));
        for (let i = 0; i < size; i++) {
          design.unitAt(i, out);
          for (let j = 0; j < dimensions; j++) {
            const u = out[j]!;
            if (!(u > 0 && u < 1)) return false;
            const stratum = Math.floor(u * size);
            if (strata[j]![stratum] === 1) return false;
            strata[j]![stratum] = 1;
          }
        }
        return true;
      }),
      { numRuns: 40 },
    );
  });

  it('is reproducible for a seed, different for another, and uncorrelated across dimensions (|r| < 0.05 at n = 10,000)', () => {
    const n = 10_000;
    const design = streamingLhs(n, 2, 7);
    const again = streamingLhs(n, 2, 7);
    const other = streamingLhs(n, 2, 8);
    const out = new Float64Array(2);
    const check = new Float64Array(2);
    let differs = 0;
    let sx = 0;
    let sy = 0;
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < n; i++) {
      const x = design.unitAt(i, out)[0]!;
      const y = out[1]!;
      expect(again.unitAt(i, check)[0]).toBe(x);
      if (other.unitAt(i, check)[0] !== x) differs++;
      sx += x;
      sy += y;
      sxy += x * y;
      sxx += x * x;
      syy += y * y;
    }
    expect(differs).toBe(n);
    const r = (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
    expect(Math.abs(r)).toBeLessThan(0.05); // 1/sqrt(n) = 0.01 for independent columns
  });

  it('gives the same points whatever the sharding: point i depends only on (n, seed, i)', () => {
    const whole = streamingLhs(1_000_000_000, 3, 42);
    const out = new Float64Array(3);
    const later = Array.from(whole.unitAt(999_999_999, out));
    const fresh = Array.from(streamingLhs(1_000_000_000, 3, 42).unitAt(999_999_999, new Float64Array(3)));
    expect(fresh).toEqual(later);
  });
});
