import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  erfc,
  gaussianBeamRadiusM,
  gaussianSlabFraction,
  isolatedSpatialOrder,
  linkCapacityBps,
  linkCapacityConstants,
  linkReferenceValue,
  maxSpatialOrder,
  opticalLinkCapacity,
  scenarioChannelPlan,
  scenarioLinkParameters,
  spatialBeamWaistM,
  spatialIsolationDb,
  spatialIsolationRangeM,
  validateScenario,
} from '@solstice/core';

/**
 * Crosstalk between the beams of a spatially multiplexed terminal (issue 12),
 * against independent references: erfc against Abramowitz & Stegun, the erf
 * closed form against brute-force 2D integration (crosstalk-reference.py beside
 * this file, and a midpoint sum here), and the channel counts the reviewer found.
 */
const LAMBDA_M = 1.55e-6;
const D_M = 0.1;
const { links } = validateScenario({});
const link = scenarioLinkParameters(links);
const plan = scenarioChannelPlan(links);

describe('erfc (Numerical Recipes erfcc, fractional error < 1.2e-7)', () => {
  // Abramowitz & Stegun, Handbook of Mathematical Functions, Table 7.1, and erfc(5) from its asymptotic series.
  it.each([
    [0, 1],
    [0.5, 0.4795001222],
    [1, 0.1572992071],
    [2, 0.004677734981],
    [3, 2.209049700e-5],
    [5, 1.537459794e-12],
    [-1, 1.8427007929],
  ])('erfc(%f) = %f to 2e-7 relative', (x, expected) => {
    expect(Math.abs(erfc(x) / expected - 1)).toBeLessThan(2e-7);
  });
});

describe('the 15 dB isolation default (seeds/links.json)', () => {
  it('is the Es/N0 at which Gray-coded 16-QAM reaches about the 3.8e-3 hard-decision FEC threshold: BER (3/8) erfc(sqrt(S/10)) = 4.5e-3 at 15 dB, 3.8e-3 at 15.2 dB (Proakis & Salehi 4.3)', () => {
    const ber = (db: number) => (3 / 8) * erfc(Math.sqrt(10 ** (db / 10) / 10));
    expect(linkReferenceValue('links.spatialIsolation')).toBe(15);
    expect(ber(15)).toBeCloseTo(4.47e-3, 4);
    expect(ber(15.2)).toBeCloseTo(3.78e-3, 4);
  });
});

describe('the erf closed form of one beam in one cell', () => {
  it('puts erf(sqrt 2) = 95.45 % of a 1D Gaussian within one radius, and half of it beyond its centre (1e-7)', () => {
    expect(gaussianSlabFraction(0, -1, 1, 1)).toBeCloseTo(0.9544997, 6);
    expect(gaussianSlabFraction(0, 0, 1e9, 1)).toBeCloseTo(0.5, 7);
    expect(gaussianSlabFraction(3, -1e9, 1e9, 0.2)).toBeCloseTo(1, 7);
  });

  it('keeps relative accuracy far in the tail: a cell 5 to 6 radii off collects 7.6199e-24 (mpmath, 30 digits; 1e-6 relative), not 1 - 1 = 0', () => {
    expect(Math.abs(gaussianSlabFraction(0, 5, 6, 1) / 7.61985302238404e-24 - 1)).toBeLessThan(1e-6);
    expect(Math.abs(gaussianSlabFraction(0, -6, -5, 1) / 7.61985302238404e-24 - 1)).toBeLessThan(1e-6);
  });

  it('agrees with a 2D midpoint sum of the Gaussian over a square cell, beam centred 0.7 pitch away (1e-5)', () => {
    const w = 0.6;
    const cx = 0.7;
    const points = 600;
    let sum = 0;
    for (let i = 0; i < points; i++) {
      for (let j = 0; j < points; j++) {
        const x = -0.5 + (i + 0.5) / points;
        const y = -0.5 + (j + 0.5) / points;
        sum += Math.exp((-2 * ((x - cx) ** 2 + y ** 2)) / (w * w));
      }
    }
    const numeric = (sum / (points * points)) / ((Math.PI * w * w) / 2);
    const closed = gaussianSlabFraction(cx, -0.5, 0.5, w) * gaussianSlabFraction(0, -0.5, 0.5, w);
    expect(Math.abs(closed / numeric - 1)).toBeLessThan(1e-5);
  });
});

describe('the beam waist (confocal optimum, capped at Klein-Degnan)', () => {
  it('uses sqrt(lambda d / pi) while it fits, so the spot at d is sqrt 2 times the waist', () => {
    const w0 = spatialBeamWaistM(D_M, 2, LAMBDA_M, 100);
    expect(w0).toBeCloseTo(Math.sqrt((LAMBDA_M * 100) / Math.PI), 12);
    expect(gaussianBeamRadiusM(w0, LAMBDA_M, 100) / w0).toBeCloseTo(Math.SQRT2, 12);
  });

  it('caps it at half the pitch / 1.12 when the confocal waist would not fit (7 x 7 at 100 m: 6.38 mm, not 7.02 mm)', () => {
    expect(spatialBeamWaistM(D_M, 7, LAMBDA_M, 100)).toBeCloseTo(D_M / 7 / 2 / 1.12, 12);
  });
});

describe('isolation of an n x n array against brute-force 2D integration (crosstalk-reference.py, 400 x 400 midpoints per cell)', () => {
  // [n, d m, pointing rad, isolation dB] printed by test/validation/crosstalk-reference.py.
  const REFERENCE: readonly (readonly [number, number, number, number])[] = [
    [2, 100, 1e-6, 62.9408],
    [4, 100, 1e-6, 16.1735],
    [4, 100, 0, 16.1767],
    [7, 100, 1e-6, 4.0013],
    [3, 200, 1e-6, 14.3993],
    [5, 200, 1e-6, 3.8206],
    [2, 1000, 1e-6, 8.588],
    [3, 50, 2e-5, 51.9362],
  ];
  it.each(REFERENCE)('order %i at %f m, pointing %f rad: %f dB, matched to 0.01 dB', (n, d, pointing, expectedDb) => {
    expect(Math.abs(spatialIsolationDb(D_M, n, LAMBDA_M, pointing, d) - expectedDb)).toBeLessThan(0.01);
  });

  it("confirms the reviewer: the paper's 7 x 7 at 100 m and 5 x 5 at 200 m have only about 4 dB", () => {
    expect(maxSpatialOrder(D_M, LAMBDA_M, 100)).toBe(7);
    expect(maxSpatialOrder(D_M, LAMBDA_M, 200)).toBe(5);
    expect(spatialIsolationDb(D_M, 7, LAMBDA_M, 1e-6, 100)).toBeCloseTo(4.0, 1);
    expect(spatialIsolationDb(D_M, 5, LAMBDA_M, 1e-6, 200)).toBeCloseTo(3.8, 1);
  });
});

describe('isolation falls as the array grows and as the distance grows', () => {
  it('falls with n at every distance from 10 m to 2 km (n = 2 to 12)', () => {
    for (const d of [10, 50, 100, 150, 200, 500, 1_000, 2_000]) {
      for (let n = 2; n < 12; n++) {
        const smaller = spatialIsolationDb(D_M, n, LAMBDA_M, 1e-6, d);
        if (Number.isFinite(smaller)) expect(spatialIsolationDb(D_M, n + 1, LAMBDA_M, 1e-6, d)).toBeLessThan(smaller);
      }
    }
  });

  it('falls with d at 0 and 1 urad pointing error (n = 2 to 8, 1 m to 10 km); at 10 urad it can rise by under 0.01 dB, which the first-crossing range absorbs', () => {
    for (const [pointing, slackDb] of [
      [0, 1e-9],
      [1e-6, 1e-9],
      [1e-5, 0.01],
    ] as const) {
      for (let n = 2; n <= 8; n++) {
        let previous = Infinity;
        for (let d = 1; d <= 1e4; d *= 1.1) {
          const db = spatialIsolationDb(D_M, n, LAMBDA_M, pointing, d);
          if (Number.isFinite(previous)) expect(db).toBeLessThanOrEqual(previous + slackDb);
          previous = db;
        }
      }
    }
  });

  it('gives each order the range at which it first drops to the requirement: 4 x 4 to 108 m and 2 x 2 to 529 m at 15 dB', () => {
    const required = 10 ** 1.5;
    expect(spatialIsolationRangeM(D_M, 4, LAMBDA_M, 1e-6, required)).toBeCloseTo(107.97, 1);
    expect(spatialIsolationRangeM(D_M, 2, LAMBDA_M, 1e-6, required)).toBeCloseTo(529.4, 0);
    expect(spatialIsolationDb(D_M, 4, LAMBDA_M, 1e-6, spatialIsolationRangeM(D_M, 4, LAMBDA_M, 1e-6, required))).toBeCloseTo(15, 6);
  });
});

describe('channel counts at the cluster spacing (the paper\'s terminal, 1 urad)', () => {
  const orderAt = (isolationDb: number, mimo: boolean, d: number) =>
    isolatedSpatialOrder(linkCapacityConstants(link, { ...plan, requiredSpatialIsolationDb: isolationDb, spatialMimo: mimo }), d);

  it('allows 4 x 4 at 100 m and 2 x 2 at 200 m at 15 dB (the reviewer\'s figures), so the weakest link carries 38.4 Tbps', () => {
    expect(orderAt(15, false, 100)).toBe(4);
    expect(orderAt(15, false, 200)).toBe(2);
    expect(linkCapacityBps(link, plan, 200)).toBe(38.4e12);
  });

  it('does not give back the old counts at 0 dB: 8 x 8 at 100 m and 6 x 6 at 200 m against the confocal 7 and 5, since 0 dB (own power = all leaked power) is no confocal condition', () => {
    expect(orderAt(0, false, 100)).toBe(8);
    expect(orderAt(0, false, 200)).toBe(6);
  });

  it('with MIMO needs only 3 dB: 7 x 7 at 100 m and 5 x 5 at 200 m, the confocal counts, at 1 dB less power per beam', () => {
    expect(orderAt(15, true, 100)).toBe(7);
    expect(orderAt(15, true, 200)).toBe(5);
    const withMimo = opticalLinkCapacity(link, { ...plan, spatialMimo: true }, 200);
    const without = opticalLinkCapacity(link, { ...plan, spatialMimo: false, requiredSpatialIsolationDb: 3 }, 200);
    expect(withMimo.spatialOrder).toBe(without.spatialOrder);
    expect(10 * Math.log10(without.beamReceivedPowerW / withMimo.beamReceivedPowerW)).toBeCloseTo(1, 9);
  });
});

describe('capacity with crosstalk (fast-check)', () => {
  it('never rises with distance, for any isolation requirement, MIMO or not, and any pointing error', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -30, max: 60, noNaN: true }),
        fc.boolean(),
        fc.double({ min: 0, max: 1e-4, noNaN: true }),
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        fc.double({ min: 1, max: 10, noNaN: true }),
        (isolationDb, mimo, pointingErrorRad, d, factor) => {
          const p = { ...plan, requiredSpatialIsolationDb: isolationDb, spatialMimo: mimo };
          const l = { ...link, pointingErrorRad };
          return linkCapacityBps(l, p, d * factor) <= linkCapacityBps(l, p, d);
        },
      ),
    );
  });

  it('reports an achieved isolation at or above the requirement whenever more than one beam is lit', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 40, noNaN: true }), fc.boolean(), fc.double({ min: 1, max: 1e4, noNaN: true }), (isolationDb, mimo, d) => {
        const report = opticalLinkCapacity(link, { ...plan, requiredSpatialIsolationDb: isolationDb, spatialMimo: mimo }, d);
        return report.spatialIsolationDb === null || report.spatialIsolationDb >= report.requiredSpatialIsolationDb - 1e-9;
      }),
    );
  });
});
