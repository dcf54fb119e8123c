import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { saltelliDesign, sobolIndices, sobolSensitivity, sobolSequence, validateScenario, type Scenario } from '@solstice/core';

/**
 * The Ishigami function (Ishigami & Homma 1990, Proc. ISUMA '90, 398-403),
 * f = sin x₁ + a sin² x₂ + b x₃⁴ sin x₁, xᵢ ~ U(-π, π), with a = 7, b = 0.1
 * (the values of Saltelli et al. 2008, Global Sensitivity Analysis: The
 * Primer, §4.7, and of SALib's test suite). The unit point u maps to x = π (2u - 1).
 */
const A = 7;
const B = 0.1;
function ishigami(u: Float64Array): number {
  const x1 = Math.PI * (2 * u[0]! - 1);
  const x2 = Math.PI * (2 * u[1]! - 1);
  const x3 = Math.PI * (2 * u[2]! - 1);
  return Math.sin(x1) + A * Math.sin(x2) ** 2 + B * x3 ** 4 * Math.sin(x1);
}

/**
 * Its variance decomposition in closed form (Sobol' & Levitan 1999; Primer §4.7):
 * V = a²/8 + b π⁴/5 + b² π⁸/18 + 1/2, V₁ = (1 + b π⁴/5)²/2, V₂ = a²/8, V₃ = 0,
 * V₁₃ = b² π⁸ (1/18 - 1/50) = 8 b² π⁸/225, every other term 0.
 */
const V = (A * A) / 8 + (B * Math.PI ** 4) / 5 + (B * B * Math.PI ** 8) / 18 + 0.5;
const V1 = 0.5 * (1 + (B * Math.PI ** 4) / 5) ** 2;
const V2 = (A * A) / 8;
const V13 = (8 * B * B * Math.PI ** 8) / 225;
const ISHIGAMI_FIRST = [V1 / V, V2 / V, 0];
const ISHIGAMI_TOTAL = [(V1 + V13) / V, V2 / V, V13 / V];

describe('Sobol indices of the Ishigami function (a = 7, b = 0.1) against their closed form', () => {
  it('the closed form gives the published values S = (0.3139, 0.4424, 0), S_T = (0.5576, 0.4424, 0.2437) to 1e-4', () => {
    // Published: Saltelli et al. 2008, Primer, Table 4.3; SALib docs (Ishigami example).
    const published = { first: [0.3139, 0.4424, 0], total: [0.5576, 0.4424, 0.2437] };
    ISHIGAMI_FIRST.forEach((value, i) => expect(Math.abs(value - published.first[i]!)).toBeLessThan(1e-4));
    ISHIGAMI_TOTAL.forEach((value, i) => expect(Math.abs(value - published.total[i]!)).toBeLessThan(1e-4));
  });

  it("the randomised Sobol' design with N = 8192 (49,152 runs) estimates every index within 0.005 of its closed form", () => {
    // Tolerance: over 20 seeds at N = 8192 the rms error was 0.0008 (S) and 0.0004 (S_T), max 0.0020;
    // 0.005 is about six rms errors.
    const result = sobolIndices(ishigami, 3, { samples: 8192, seed: 11, sequence: 'sobol', bootstrap: { resamples: 0, confidence: 0.95, seed: 1 } });
    for (let i = 0; i < 3; i++) {
      expect(Math.abs(result.firstOrder[i]! - ISHIGAMI_FIRST[i]!)).toBeLessThan(0.005);
      expect(Math.abs(result.total[i]! - ISHIGAMI_TOTAL[i]!)).toBeLessThan(0.005);
    }
  });

  it('the pseudo-random design with N = 32768 (196,608 runs) estimates every index within 0.03 of its closed form', () => {
    // Tolerance: over 20 seeds at N = 8192 the rms error was 0.012 (S) and 0.011 (S_T), max 0.032;
    // the error falls as N^-1/2 with pseudo-random points, so at N = 32768 the rms is about 0.006
    // and 0.03 is about five standard errors.
    const result = sobolIndices(ishigami, 3, { samples: 32768, seed: 11, sequence: 'random', bootstrap: { resamples: 0, confidence: 0.95, seed: 1 } });
    for (let i = 0; i < 3; i++) {
      expect(Math.abs(result.firstOrder[i]! - ISHIGAMI_FIRST[i]!)).toBeLessThan(0.03);
      expect(Math.abs(result.total[i]! - ISHIGAMI_TOTAL[i]!)).toBeLessThan(0.03);
    }
    expect(Math.abs(result.variance - V) / V).toBeLessThan(0.02);
  });

  it('the 95 % bootstrap intervals of the pseudo-random design cover the true index in about 95 % of 40 seeds at N = 512 (at least 85 % of 240 intervals)', () => {
    let covered = 0;
    let intervals = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const result = sobolIndices(ishigami, 3, { samples: 512, seed, sequence: 'random', bootstrap: { resamples: 100, confidence: 0.95, seed: 1000 + seed } });
      for (let i = 0; i < 3; i++) {
        if (result.firstOrderLow[i]! <= ISHIGAMI_FIRST[i]! && ISHIGAMI_FIRST[i]! <= result.firstOrderHigh[i]!) covered++;
        if (result.totalLow[i]! <= ISHIGAMI_TOTAL[i]! && ISHIGAMI_TOTAL[i]! <= result.totalHigh[i]!) covered++;
        intervals += 2;
      }
    }
    expect(covered / intervals).toBeGreaterThan(0.85);
  });
});

describe("bootstrap intervals of the Sobol' design", () => {
  it('are conservative: at N = 512 over 40 seeds they cover the true Ishigami index at least 95 % of the time', () => {
    let covered = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const result = sobolIndices(ishigami, 3, { samples: 512, seed, sequence: 'sobol', bootstrap: { resamples: 100, confidence: 0.95, seed: 1000 + seed } });
      for (let i = 0; i < 3; i++) {
        if (result.firstOrderLow[i]! <= ISHIGAMI_FIRST[i]! && ISHIGAMI_FIRST[i]! <= result.firstOrderHigh[i]!) covered++;
        if (result.totalLow[i]! <= ISHIGAMI_TOTAL[i]! && ISHIGAMI_TOTAL[i]! <= result.totalHigh[i]!) covered++;
      }
    }
    expect(covered / 240).toBeGreaterThanOrEqual(0.95);
  });
});

describe('Sobol indices of a linear additive model against S_i = S_Ti = aᵢ² Var(Xᵢ) / Σ aⱼ² Var(Xⱼ)', () => {
  // Y = Σ aᵢ Xᵢ, Xᵢ ~ U(loᵢ, hiᵢ) independent, Var(Xᵢ) = (hiᵢ - loᵢ)²/12; additive, so Sᵢ = S_Ti.
  const coefficients = [1, -2, 0.5, 0];
  const ranges: ReadonlyArray<readonly [number, number]> = [
    [0, 1],
    [10, 11.5],
    [-4, 4],
    [0, 100],
  ];
  const model = (u: Float64Array) => coefficients.reduce((sum, a, i) => sum + a * (ranges[i]![0] + (ranges[i]![1] - ranges[i]![0]) * u[i]!), 0);
  const parts = coefficients.map((a, i) => (a * a * (ranges[i]![1] - ranges[i]![0]) ** 2) / 12);
  const total = parts.reduce((sum, part) => sum + part, 0);
  const expected = parts.map((part) => part / total);

  it('N = 8192 gives each index within 0.03, a zero coefficient exactly 0 total index', () => {
    const result = sobolIndices(model, 4, { samples: 8192, seed: 5 });
    for (let i = 0; i < 4; i++) {
      expect(Math.abs(result.firstOrder[i]! - expected[i]!)).toBeLessThan(0.03);
      expect(Math.abs(result.total[i]! - expected[i]!)).toBeLessThan(0.03);
    }
    expect(result.total[3]).toBe(0);
    expect(result.firstOrder[3]).toBe(0);
  });
});

describe('Sobol properties (fast-check)', () => {
  // Models with interactions: Y = Σ aᵢ uᵢ + c u₀ u₁ + e u₂²; random coefficients and seeds.
  const modelArbitrary = fc.record({
    a: fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 3, maxLength: 3 }),
    c: fc.double({ min: -5, max: 5, noNaN: true }),
    e: fc.double({ min: -5, max: 5, noNaN: true }),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    sequence: fc.constantFrom('sobol' as const, 'random' as const),
  });
  const modelOf =
    ({ a, c, e }: { a: number[]; c: number; e: number }) =>
    (u: Float64Array) =>
      a[0]! * u[0]! + a[1]! * u[1]! + a[2]! * u[2]! + c * u[0]! * u[1]! + e * u[2]! * u[2]!;
  const varies = ({ a, c, e }: { a: number[]; c: number; e: number }) => Math.max(...a.map(Math.abs), Math.abs(c), Math.abs(e)) > 0.1;
  const TOLERANCE = 0.1;

  it('at N = 2048, Sᵢ and S_Ti lie in [0, 1] within 0.1, S_Ti is never negative, Σ Sᵢ <= 1 + 0.1 and S_Ti >= Sᵢ - 0.1', () => {
    fc.assert(
      fc.property(modelArbitrary, (input) => {
        fc.pre(varies(input));
        const result = sobolIndices(modelOf(input), 3, { samples: 2048, seed: input.seed, sequence: input.sequence, bootstrap: { resamples: 0, confidence: 0.95, seed: 1 } });
        let sum = 0;
        for (let i = 0; i < 3; i++) {
          const s = result.firstOrder[i]!;
          const st = result.total[i]!;
          expect(st).toBeGreaterThanOrEqual(0);
          expect(s).toBeGreaterThan(-TOLERANCE);
          expect(s).toBeLessThan(1 + TOLERANCE);
          expect(st).toBeLessThan(1 + TOLERANCE);
          expect(st).toBeGreaterThan(s - TOLERANCE);
          sum += s;
        }
        expect(sum).toBeLessThan(1 + TOLERANCE);
      }),
      { numRuns: 40 },
    );
  });

  it('the indices do not change when the output is scaled and shifted (Y -> αY + β)', () => {
    fc.assert(
      fc.property(modelArbitrary, fc.double({ min: 0.01, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), (input, alpha, beta) => {
        fc.pre(varies(input));
        const model = modelOf(input);
        const options = { samples: 128, seed: input.seed, bootstrap: { resamples: 0, confidence: 0.95, seed: 1 } };
        const plain = sobolIndices(model, 3, options);
        const moved = sobolIndices((u) => alpha * model(u) + beta, 3, options);
        for (let i = 0; i < 3; i++) {
          expect(moved.firstOrder[i]).toBeCloseTo(plain.firstOrder[i]!, 6);
          expect(moved.total[i]).toBeCloseTo(plain.total[i]!, 6);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('the Saltelli design: A_B⁽ⁱ⁾ equals A except column i, which is B’s; the same seed gives the same design', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 20 }), fc.integer({ min: 1, max: 40 }), fc.integer(), (n, d, seed) => {
        const { points, sequence } = saltelliDesign(n, d, seed);
        expect(sequence).toBe(d <= 32 ? 'sobol' : 'random');
        expect(points.length).toBe(n * (d + 2) * d);
        for (let i = 0; i < d; i++) {
          for (let row = 0; row < n; row++) {
            for (let j = 0; j < d; j++) {
              const source = j === i ? n + row : row;
              expect(points[((2 + i) * n + row) * d + j]).toBe(points[source * d + j]);
            }
          }
        }
        expect(saltelliDesign(n, d, seed).points).toEqual(points);
      }),
      { numRuns: 30 },
    );
  });
});

describe('Sobol indices of a scenario over its uncertain inputs', () => {
  const scenario = validateScenario({
    year: 2035,
    uncertainty: {
      inputs: [
        { path: 'launch.learningRate', distribution: 'triangular', params: { min: 0.18, mode: 0.2, max: 0.24 } },
        { path: 'ground.electricityUsdPerKwh', distribution: 'uniform', params: { min: 0.06, max: 0.25 } },
        { path: 'satellite.lifetimeYears', distribution: 'normal', params: { mean: 5, sd: 1, min: 3, max: 8 } },
      ],
    },
  });
  // Closed forms of the scenario layer are the economics tests' business; here: which inputs can move which metric.
  const metrics = (s: Scenario) => ({ groundElectricity: s.ground.electricityUsdPerKwh * 2, lifetime: s.satellite.lifetimeYears, constant: 1 });

  it('an output that depends on one input gives it S = S_T = 1 and the others exactly 0; a constant output gives null with a note', () => {
    const result = sobolSensitivity(scenario, metrics, { samples: 64, seed: 3 });
    expect(result.evaluations).toBe(64 * 5);
    const ground = result.metrics.find((m) => m.metric === 'groundElectricity')!;
    expect(ground.inputs[0]!.path).toBe('ground.electricityUsdPerKwh');
    expect(ground.inputs[0]!.total).toBeCloseTo(1, 1);
    for (const other of ground.inputs.slice(1)) {
      expect(other.firstOrder).toBe(0);
      expect(other.total).toBe(0);
    }
    const constant = result.metrics.find((m) => m.metric === 'constant')!;
    expect(constant.note).toMatch(/does not vary/);
    expect(constant.inputs.every((input) => input.firstOrder === null && input.total === null)).toBe(true);
  });

  it('a metric that is "none" at some points gives null indices with a note', () => {
    const result = sobolSensitivity(scenario, (s) => ({ maybe: s.satellite.lifetimeYears > 5 ? null : 1 }), { samples: 16, seed: 1 });
    expect(result.metrics[0]!.note).toMatch(/none/);
  });
});

describe("the Sobol' sequence against SciPy's (an independent implementation with the same Joe & Kuo direction numbers)", () => {
  const reference = JSON.parse(readFileSync(resolve(import.meta.dirname, 'reference/sobolSequence.json'), 'utf8')) as {
    first16dims6: number[][];
    point1000dims64: number[];
    point1023dims64: number[];
  };

  it('the first 16 points in 6 dimensions, and points 1000 and 1023 in all 64, are identical', () => {
    const first = sobolSequence(16, 6, 0, null);
    reference.first16dims6.forEach((row, i) => row.forEach((value, j) => expect(first[i * 6 + j]).toBe(value)));
    const later = sobolSequence(24, 64, 1000, null);
    reference.point1000dims64.forEach((value, j) => expect(later[j]).toBe(value));
    reference.point1023dims64.forEach((value, j) => expect(later[23 * 64 + j]).toBe(value));
  });

  it('with a seed (random digital shift) every 1-D projection of 2^k points still puts one point in each of the 2^k strata', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 64 }), fc.integer(), (k, dimensions, seed) => {
        const count = 2 ** k;
        const points = sobolSequence(count, dimensions, 0, seed);
        for (let j = 0; j < dimensions; j++) {
          const strata = new Set<number>();
          for (let i = 0; i < count; i++) {
            const u = points[i * dimensions + j]!;
            expect(u).toBeGreaterThan(0);
            expect(u).toBeLessThan(1);
            strata.add(Math.floor(u * count));
          }
          expect(strata.size).toBe(count);
        }
      }),
      { numRuns: 30 },
    );
  });
});
