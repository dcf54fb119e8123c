import fc from 'fast-check';
import { erf } from 'mathjs';
import { describe, expect, it } from 'vitest';
import {
  loadQuantityUnits,
  distributionQuantile,
  groundPowerUsdPerKwYear,
  latinHypercubeUnitSamples,
  launchedPowerUsdPerKwYear,
  monteCarloPercentiles,
  monteCarloScenarios,
  percentilesOf,
  safeValidateScenario,
  standardNormalCdf,
  standardNormalQuantile,
  tornado,
  validateScenario,
  W_PER_KW,
  type Scenario,
  type ScenarioInput,
} from '@solstice/core';

/**
 * Reference values of the standard normal quantile, to 15 significant digits:
 * Abramowitz & Stegun (1964), Table 26.5 (percentage points), and R 4.x
 * `qnorm` (which implements the same AS 241, checked independently below
 * through mathjs's erf).
 */
const NORMAL_QUANTILES: ReadonlyArray<[number, number]> = [
  [0.5, 0],
  [0.9, 1.2815515655446004],
  [0.975, 1.959963984540054],
  [0.999, 3.090232306167813],
  [0.1, -1.2815515655446004],
  [1e-10, -6.361340902404056],
];

describe('standard normal quantile (Wichura 1988, AS 241)', () => {
  it.each(NORMAL_QUANTILES)('Φ⁻¹(%s) = %s to 1e-12', (p, z) => {
    expect(Math.abs(standardNormalQuantile(p) - z)).toBeLessThan(1e-12);
  });

  it('inverts mathjs erf: Φ(Φ⁻¹(p)) = p to 1e-14 absolute over p in [1e-6, 1 - 1e-6]', () => {
    for (let k = 0; k <= 1000; k++) {
      const p = 1e-6 + ((1 - 2e-6) * k) / 1000;
      const z = standardNormalQuantile(p);
      expect(Math.abs(0.5 * (1 + erf(z / Math.SQRT2)) - p)).toBeLessThan(1e-14);
    }
  });
});

describe('standard normal CDF (Numerical Recipes erfcc)', () => {
  it('matches mathjs erf to its stated 1.2e-7 over z in [-8, 8]', () => {
    for (let z = -8; z <= 8; z += 0.01) {
      expect(Math.abs(standardNormalCdf(z) - 0.5 * (1 + erf(z / Math.SQRT2)))).toBeLessThan(1.2e-7);
    }
  });
});

/**
 * Sample moments against closed forms. With n = 20,000 Latin hypercube draws
 * the estimators' errors are far below the 1 % tolerances used (plain Monte
 * Carlo standard error of a mean: sd / √n ≈ 0.7 % of sd).
 */
describe('sampled distributions reproduce their closed-form moments', () => {
  const n = 20_000;
  const unit = latinHypercubeUnitSamples(n, 1, 11);
  const sample = (distribution: Parameters<typeof distributionQuantile>[0]) => Array.from(unit, (u) => distributionQuantile(distribution, u));
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const sd = (values: number[]) => {
    const m = mean(values);
    return Math.sqrt(mean(values.map((v) => (v - m) ** 2)));
  };

  it('triangular: mean (a + b + c) / 3 (Evans et al. ch. 40)', () => {
    expect(mean(sample({ distribution: 'triangular', params: { min: 0.18, mode: 0.2, max: 0.24 } }))).toBeCloseTo((0.18 + 0.2 + 0.24) / 3, 4);
  });

  it('normal: mean and standard deviation', () => {
    const values = sample({ distribution: 'normal', params: { mean: 5, sd: 1.5 } });
    expect(mean(values)).toBeCloseTo(5, 2);
    expect(Math.abs(sd(values) / 1.5 - 1)).toBeLessThan(0.01);
  });

  it('lognormal: mean median exp(sigma² / 2)', () => {
    expect(Math.abs(mean(sample({ distribution: 'lognormal', params: { median: 0.08, sigma: 0.3 } })) / (0.08 * Math.exp(0.045)) - 1)).toBeLessThan(0.01);
  });

  it('truncated normal: mean μ + σ (φ(α) - φ(β)) / (Φ(β) - Φ(α)) (Johnson, Kotz & Balakrishnan vol. 1, eq. 13.134)', () => {
    const phi = (z: number) => Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
    const Phi = (z: number) => 0.5 * (1 + erf(z / Math.SQRT2));
    const alpha = (4 - 5) / 2;
    const beta = (10 - 5) / 2;
    const expected = 5 + (2 * (phi(alpha) - phi(beta))) / (Phi(beta) - Phi(alpha));
    expect(mean(sample({ distribution: 'normal', params: { mean: 5, sd: 2, min: 4, max: 10 } }))).toBeCloseTo(expected, 2);
  });
});

/** A scenario whose launched-power price is linear in one uniform input: a closed form for its percentiles. */
const LINEAR: ScenarioInput = {
  launch: { priceUsdPerKg: 200 },
  uncertainty: { samples: 4_000, seed: 5, inputs: [{ path: 'launch.priceUsdPerKg', distribution: 'uniform', params: { min: 100, max: 500 } }] },
};

/**
 * The paper's Table 1 price (launch cost / (power x life)) of its 575 kg, 28 kW,
 * 5-year satellite at the scenario's fixed launch price: a cheap kernel, so
 * tests can afford thousands of samples, and linear in the price.
 */
const launchedPrice = (scenario: Scenario) => ({
  usdPerKwYear: launchedPowerUsdPerKwYear(575, scenario.launch.priceUsdPerKg ?? Number.NaN, 28 * W_PER_KW, 5),
});

describe('Monte Carlo through the scenario', () => {
  it('gives the percentiles of a linear output of a uniform input: p = 0.1, 0.5, 0.9 of [100, 500] USD/kg, mapped (tolerance 2 % of the range, about 4 standard errors at n = 4,000)', () => {
    const scenario = validateScenario(LINEAR);
    const atPrice = (price: number) => launchedPrice(validateScenario({ ...LINEAR, launch: { priceUsdPerKg: price } })).usdPerKwYear;
    const result = monteCarloPercentiles(scenario, launchedPrice, { samples: 4_000, seed: 5, method: 'random' }).usdPerKwYear!;
    const tolerance = 0.02 * (atPrice(500) - atPrice(100));
    expect(Math.abs(result.p10! - atPrice(140))).toBeLessThan(tolerance);
    expect(Math.abs(result.p50! - atPrice(300))).toBeLessThan(tolerance);
    expect(Math.abs(result.p90! - atPrice(460))).toBeLessThan(tolerance);
  });

  it('validates every sample: an integer field (year) is sampled in whole years within its range', () => {
    const scenario = validateScenario({ uncertainty: { inputs: [{ path: 'year', distribution: 'normal', params: { mean: 2035, sd: 30 } }] } });
    for (const sample of monteCarloScenarios(scenario, { samples: 200, seed: 3, method: 'random' })) {
      expect(Number.isInteger(sample.year)).toBe(true);
      expect(sample.year).toBeGreaterThanOrEqual(2020);
      expect(sample.year).toBeLessThanOrEqual(2100);
    }
  });

  it('re-validating a validated scenario changes nothing (samples go through validateScenario again)', async () => {
    await loadQuantityUnits(); // "0.3 USD/g" below is a quantity string
    const scenario = validateScenario({ name: 'x', launch: { priceUsdPerKg: '0.3 USD/g' } });
    expect(validateScenario(JSON.parse(JSON.stringify(scenario)))).toEqual(scenario);
  });
});

describe('Monte Carlo properties (fast-check)', () => {
  const inputArbitrary = fc.record({
    learningMin: fc.double({ min: 0.05, max: 0.2, noNaN: true }),
    learningWidth: fc.double({ min: 0.001, max: 0.2, noNaN: true }),
    pueSd: fc.double({ min: 0.01, max: 0.5, noNaN: true }),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    method: fc.constantFrom('random' as const, 'lhs' as const),
  });
  const scenarioOf = (input: { learningMin: number; learningWidth: number; pueSd: number }) =>
    validateScenario({
      uncertainty: {
        inputs: [
          { path: 'launch.learningRate', distribution: 'uniform', params: { min: input.learningMin, max: input.learningMin + input.learningWidth } },
          { path: 'ground.pue', distribution: 'normal', params: { mean: 1.2, sd: input.pueSd } },
        ],
      },
    });
  const metrics = (scenario: Scenario) => ({
    learningRate: scenario.launch.learningRate,
    ground: groundPowerUsdPerKwYear(scenario.ground.electricityUsdPerKwh, scenario.ground.pue),
  });

  it('p10 <= p50 <= p90 for every metric', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const result = monteCarloPercentiles(scenarioOf(input), metrics, { samples: 40, seed: input.seed, method: input.method });
        for (const { p10, p50, p90 } of Object.values(result)) {
          expect(p10!).toBeLessThanOrEqual(p50!);
          expect(p50!).toBeLessThanOrEqual(p90!);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('the same seed gives identical results and another seed different ones', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const scenario = scenarioOf(input);
        const options = { samples: 20, seed: input.seed, method: input.method };
        expect(monteCarloPercentiles(scenario, metrics, options)).toEqual(monteCarloPercentiles(scenario, metrics, options));
        expect(monteCarloPercentiles(scenario, metrics, { ...options, seed: input.seed + 1 })).not.toEqual(monteCarloPercentiles(scenario, metrics, options));
      }),
      { numRuns: 20 },
    );
  });

  it('percentiles of any finite sample are ordered', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 200 }), (values) => {
        const { p10, p50, p90 } = percentilesOf(values);
        expect(p10).toBeLessThanOrEqual(p50);
        expect(p50).toBeLessThanOrEqual(p90);
      }),
    );
  });
});

describe('tornado', () => {
  it('moves each input to its p10 and p90 and ranks the inputs by swing; a uniform input of width W swings a linear output by 0.8 W x slope', () => {
    const scenario = validateScenario({
      launch: { priceUsdPerKg: 200 },
      uncertainty: {
        inputs: [
          { path: 'ground.pue', distribution: 'uniform', params: { min: 1.05, max: 1.5 } },
          { path: 'launch.priceUsdPerKg', distribution: 'uniform', params: { min: 100, max: 500 } },
        ],
      },
    });
    const result = tornado(scenario, launchedPrice);
    expect(result.bars.map((bar) => bar.path)).toEqual(['launch.priceUsdPerKg', 'ground.pue']);
    const [price, pue] = result.bars;
    expect(price!.lowInput).toBeCloseTo(140, 9);
    expect(price!.highInput).toBeCloseTo(460, 9);
    const slope = result.base.usdPerKwYear! / 200; // launched price is proportional to launch price
    expect(price!.swing.usdPerKwYear).toBeCloseTo(slope * 320, 6);
    expect(pue!.swing.usdPerKwYear).toBe(0); // PUE does not enter the launched price
  });
});

describe('the uncertainty block is validated with the field named', () => {
  const problemsOf = (inputs: unknown[]) => {
    const validation = safeValidateScenario({ uncertainty: { inputs } });
    return validation.ok ? [] : validation.problems.map((problem) => `${problem.path}: ${problem.message}`);
  };

  it.each([
    [{ path: 'orbit.altitudeKn', distribution: 'uniform', params: { min: 500, max: 600 } }, 'uncertainty.inputs[0].path: "orbit.altitudeKn" is not a scenario field'],
    [{ path: 'launch.cadence', distribution: 'uniform', params: { min: 0, max: 1 } }, 'uncertainty.inputs[0].path: "launch.cadence" is not a numeric scenario field'],
    [{ path: 'launch.learningRate', distribution: 'uniform', params: { min: 0.1, max: 0.7 } }, "uncertainty.inputs[0].params: [0.1, 0.7] goes outside launch.learningRate's range (0 to 0.5)"],
    [{ path: 'launch.learningRate', distribution: 'triangular', params: { min: 0.2, mode: 0.1, max: 0.3 } }, 'uncertainty.inputs[0].params.mode: 0.1 is outside [min, max] = [0.2, 0.3]'],
    [{ path: 'ground.pue', distribution: 'normal', params: { mean: 1.2, sd: 0 } }, 'uncertainty.inputs[0].params.sd: 0 is not above 0'],
    [{ path: 'ground.pue', distribution: 'lognormal', params: { median: 30, sigma: 0.01 } }, 'uncertainty.inputs[0].params: almost none of this lognormal distribution'],
    [{ path: 'uncertainty.seed', distribution: 'uniform', params: { min: 1, max: 2 } }, 'uncertainty.inputs[0].path: "uncertainty.seed": the uncertainty block cannot be made uncertain'],
  ])('refuses %j', (input, message) => {
    expect(problemsOf([input]).join('\n')).toContain(message);
  });

  it('refuses a path listed twice', () => {
    const input = { path: 'ground.pue', distribution: 'uniform', params: { min: 1.1, max: 1.2 } };
    expect(problemsOf([input, input])).toEqual(['uncertainty.inputs[1].path: "ground.pue" is listed twice']);
  });
});
