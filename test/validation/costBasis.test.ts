/**
 * One cost basis for orbit and ground (issue 11): chips paid on both sides with
 * the same accounting, orbital IT derated with the array, costs per delivered
 * kW-year and per delivered EFLOP, and the break-even solver.
 *
 * References: the renewal-theory purchase rate 1 / E[min(T, L)] is checked
 * against a seeded Monte Carlo of chip slots (second method); the derated
 * delivered fraction against the closed-form life average of the array
 * (`lifetimeAverageDegradationFactor`, second method).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deliveredItFractionOverLife,
  evaluateScenario,
  groundChipsUsdPerKwYear,
  lifetimeAverageDegradationFactor,
  lifetimeAverageSurvivingFraction,
  orbitalChipsUsdPerKwYear,
  rollingFleetChipPurchasesPerSlotYear,
  seededUniforms,
  solveBreakEven,
  validateScenario,
  wholeFleetChipPurchasesPerSlotYear,
  type ScenarioInput,
} from '@solstice/core';

/**
 * Mean chips bought per slot per year by simulation (exponential failures by
 * inversion), slots run for 400 lives so the end effect (the last chip's
 * unfinished stay, at most one life) biases the rate by under 0.25 %.
 */
function simulatedPurchasesPerSlotYear(policy: 'rolling-fleet' | 'whole-fleet', lambda: number, lifeYears: number, seed: number): number {
  const slots = 500;
  const horizonYears = 400 * lifeYears;
  const uniforms = seededUniforms(seed, 1 << 20);
  let next = 0;
  const failureTime = (): number => -Math.log(1 - uniforms[next++ % uniforms.length]!) / lambda;
  let bought = 0;
  for (let slot = 0; slot < slots; slot++) {
    if (policy === 'rolling-fleet') {
      // A chip leaves at min(failure, retirement); a new one is bought each time.
      for (let t = 0; t < horizonYears; t += Math.min(failureTime(), lifeYears)) bought++;
    } else {
      // Fleets of one life each: one chip at the start, then every failure before the end is replaced.
      for (let start = 0; start < horizonYears; start += lifeYears) {
        bought++;
        for (let s = start + failureTime(); s < start + lifeYears; s += failureTime()) bought++;
      }
    }
  }
  return bought / slots / horizonYears;
}

describe('chip accounting: the same chip costs the same per delivered kW on both sides', () => {
  it('rolling fleet: purchases per slot-year are lambda / (1 - exp(-lambda L)) = 1 / (L s): 0.091/y over 5 y gives 0.2489/y', () => {
    const closedForm = rollingFleetChipPurchasesPerSlotYear(0.091, 5);
    expect(closedForm).toBeCloseTo(0.091 / -Math.expm1(-0.091 * 5), 12);
    expect(closedForm).toBeCloseTo(0.249, 3);
    expect(closedForm).toBeCloseTo(1 / (5 * lifetimeAverageSurvivingFraction(0.091, 5)), 12);
    // Monte Carlo of 500 slots over 400 lives (about 550,000 chips): within 1 %.
    expect(simulatedPurchasesPerSlotYear('rolling-fleet', 0.091, 5, 11) / closedForm - 1).toBeCloseTo(0, 1.7);
  });

  it('whole fleet: purchases per slot-year are (1 + lambda L) / L, against a Monte Carlo of Poisson replacements', () => {
    const closedForm = wholeFleetChipPurchasesPerSlotYear(0.091, 5);
    expect(closedForm).toBeCloseTo((1 + 0.091 * 5) / 5, 12);
    expect(simulatedPurchasesPerSlotYear('whole-fleet', 0.091, 5, 12) / closedForm - 1).toBeCloseTo(0, 1.7);
    // Retiring young replacements with the fleet costs more than the rolling fleet.
    expect(closedForm).toBeGreaterThan(rollingFleetChipPurchasesPerSlotYear(0.091, 5));
  });

  it('identity: rolling-fleet ground chips = orbital chips per delivered kW, for any failure rate, life, price and discount rate', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 0.5, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        (lambda, life, chipUsdPerKw, rate) => {
          const ground = groundChipsUsdPerKwYear('rolling-fleet', chipUsdPerKw, lambda, life, rate);
          const orbit = orbitalChipsUsdPerKwYear(chipUsdPerKw, life, rate, 0, lifetimeAverageSurvivingFraction(lambda, life));
          expect(ground).toBeCloseTo(orbit, Math.max(0, 6 - Math.log10(1 + orbit)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('identity in whole scenarios: no satellite failures, equal chip lives, no degradation, an array with margin: equal chip lines', () => {
    const equal: ScenarioInput = {
      satellite: { massKg: 575, powerKw: 28, solarArrayM2: 200, degradationPerYear: 0, lifetimeYears: 5 },
      economics: { satelliteFailuresPerYear: 0 },
      ground: { hardwareLifetimeYears: 5, chipPolicy: 'rolling-fleet' },
    };
    const { economics } = evaluateScenario(validateScenario(equal));
    expect(economics.deliveredItFraction).toBeCloseTo(economics.chipSurvivingFraction, 5);
    expect(economics.orbitalCost.chipsUsdPerKwYear / economics.groundCost.chipsUsdPerKwYear - 1).toBeCloseTo(0, 5);
  });

  it('limit lambda -> 0: both policies buy one chip per life (1 / L)', () => {
    expect(rollingFleetChipPurchasesPerSlotYear(1e-15, 5)).toBeCloseTo(0.2, 12);
    expect(wholeFleetChipPurchasesPerSlotYear(0, 5)).toBe(0.2);
  });

  it('the ground pays the chips at 35 USD/W over 5 years: 7,000 USD/kW-year before failures (issue 11, defect 1)', () => {
    const { economics } = evaluateScenario(validateScenario({ compute: { failureRatePerYear: 0 } }));
    expect(economics.groundCost.chipsUsdPerKwYear).toBeCloseTo(7_000, 6);
    expect(economics.groundCost.chipReplacementUsdPerKwYear).toBeCloseTo(0, 9);
  });
});

describe('delivered IT power in orbit', () => {
  const budget = {
    satellitePowerW: 28_000,
    chipPowerW: 640,
    hostOverheadFraction: 0.25,
    opticalTerminalsPowerW: 800,
    avionicsPowerW: 500,
    thermalControlFraction: 0.05,
  };
  const base = { budget, chips: 31, arrayPowerW: 28_000, sunlitFraction: 1, degradationPerYear: 0, failureRatePerYear: 0.091, lifetimeYears: 5 };

  it('with power to spare it is the life-average surviving fraction (1 - exp(-lambda L)) / (lambda L)', () => {
    expect(deliveredItFractionOverLife(base)).toBeCloseTo(lifetimeAverageSurvivingFraction(0.091, 5), 5);
  });

  it('power-limited throughout it is the closed-form life average of the array: ((1 - f_th) P s Dbar - P_term - P_av) / (1 + f_host) / (N P_chip)', () => {
    // 40 chips want 32 kW with hosts: more than the array ever gives, so power sets the load.
    const inputs = { ...base, chips: 40, failureRatePerYear: 0, degradationPerYear: 0.05, sunlitFraction: 0.9 };
    const averageD = lifetimeAverageDegradationFactor(0.05, 5);
    const expected = ((0.95 * 28_000 * 0.9 * averageD - 1_300) / 1.25) / (40 * 640);
    expect(deliveredItFractionOverLife(inputs)).toBeCloseTo(expected, 5);
  });

  it('never rises with degradation or failure rate (fast-check)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.2, noNaN: true }), fc.double({ min: 0, max: 0.2, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (d1, d2, lambda) => {
        const [low, high] = d1 < d2 ? [d1, d2] : [d2, d1];
        const at = (degradationPerYear: number, failureRatePerYear: number) =>
          deliveredItFractionOverLife({ ...base, sunlitFraction: 0.96, degradationPerYear, failureRatePerYear });
        expect(at(high, lambda)).toBeLessThanOrEqual(at(low, lambda) + 1e-12);
        expect(at(low, lambda + 0.1)).toBeLessThanOrEqual(at(low, lambda) + 1e-12);
      }),
      { numRuns: 100 },
    );
  });
});

describe('orbital cost follows the array (issue 11, defect 2)', () => {
  const at = (degradationPerYear: number, sizing: 'derate-compute' | 'size-for-end-of-life') =>
    evaluateScenario(validateScenario({ satellite: { massKg: 575, powerKw: 28, degradationPerYear, sizing } })).economics;

  it('degradationPerYear 0.1 raises the orbital cost over 0 under both sizing policies (it was 13,037 either way)', () => {
    for (const sizing of ['derate-compute', 'size-for-end-of-life'] as const) {
      expect(at(0.1, sizing).orbitalUsdPerKwYear).toBeGreaterThan(at(0, sizing).orbitalUsdPerKwYear * 1.05);
    }
  });

  it('size-for-end-of-life grows the array by 1 / the end-of-life worst-orbit margin and the mass by the extra array', () => {
    const scenario = validateScenario({ satellite: { massKg: 575, powerKw: 28, sizing: 'size-for-end-of-life' } });
    const evaluation = evaluateScenario(scenario);
    expect(evaluation.economics.arrayOversize).toBeCloseTo(1 / evaluation.power.endOfLifeWorstOrbitPowerMarginX, 9);
    const extraKg = (evaluation.economics.arrayOversize - 1) * evaluation.mass.solarArrayKg;
    expect(evaluation.economics.economicsSatelliteMassKg).toBeCloseTo(575 + extraKg, 9);
  });

  it('orbital cost never falls as degradation, chip failure rate, launch price or hardware price rise (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('satellite.degradationPerYear', 'compute.failureRatePerYear', 'launch.priceUsdPerKg', 'economics.satelliteHardwareUsdPerKg'),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('derate-compute', 'size-for-end-of-life'),
        (path, a, b, sizing) => {
          const scale: Record<string, number> = {
            'satellite.degradationPerYear': 0.2,
            'compute.failureRatePerYear': 1,
            'launch.priceUsdPerKg': 5_000,
            'economics.satelliteHardwareUsdPerKg': 50_000,
          };
          // Launch prices start at the schema's 1 USD/kg.
          const [low, high] = (a < b ? [a, b] : [b, a]).map((x) => x * scale[path]! + (path === 'launch.priceUsdPerKg' ? 1 : 0));
          const [section, key] = path.split('.') as [string, string];
          const cost = (value: number) =>
            evaluateScenario(validateScenario({ satellite: { sizing }, [section]: { ...(section === 'satellite' ? { sizing } : {}), [key]: value } }))
              .economics.orbitalUsdPerKwYear;
          expect(cost(high!)).toBeGreaterThanOrEqual(cost(low!) * (1 - 1e-9));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('per delivered EFLOP', () => {
  it('the orbit/ground ratio per EFLOP equals the ratio per kW-year (the same chip on both sides)', () => {
    fc.assert(
      fc.property(fc.constantFrom('trillium', 'ironwood', 'h100'), fc.double({ min: 0.05, max: 1, noNaN: true }), fc.integer({ min: 2025, max: 2060 }), (chip, utilization, year) => {
        const { economics } = evaluateScenario(validateScenario({ year, compute: { chip, utilization } }));
        expect(economics.orbitalUsdPerEflop / economics.groundUsdPerEflop).toBeCloseTo(economics.orbitToGroundCostRatio, 9);
        expect(economics.orbitalUsdPerKwYear / economics.groundUsdPerKwYear).toBeCloseTo(economics.orbitToGroundCostRatio, 12);
      }),
      { numRuns: 20 },
    );
  });
});

describe('what would it take (solveBreakEven)', () => {
  it('round trip: evaluating at the returned electricity price puts orbit within 0.5 % of ground', () => {
    const scenario = validateScenario({});
    const solution = solveBreakEven(scenario, 'ground.electricityUsdPerKwh', 2035);
    expect(solution.found).toBe(true);
    if (!solution.found) return;
    const { economics } = evaluateScenario(validateScenario({ year: 2035, ground: { electricityUsdPerKwh: solution.value } }));
    expect(Math.abs(economics.orbitalUsdPerKwYear / economics.groundUsdPerKwYear - 1)).toBeLessThan(0.005);
  });

  it('round trip on the launch price of a scenario with cheap hardware and chips and dear electricity', () => {
    const input: ScenarioInput = { year: 2040, economics: { satelliteHardwareUsdPerKg: 100, chipUsdPerW: 10 }, ground: { electricityUsdPerKwh: 0.3 } };
    const solution = solveBreakEven(validateScenario(input), 'launch.priceUsdPerKg');
    expect(solution.found).toBe(true);
    if (!solution.found) return;
    const { economics } = evaluateScenario(validateScenario({ ...input, launch: { priceUsdPerKg: solution.value } }));
    expect(Math.abs(economics.orbitalUsdPerKwYear / economics.groundUsdPerKwYear - 1)).toBeLessThan(0.005);
  });

  it('reports no value, and the ground as the cheaper side, when even a 1 USD/kg launch leaves orbit dearer (the baseline)', () => {
    const solution = solveBreakEven(validateScenario({}), 'launch.priceUsdPerKg', 2035);
    expect(solution.found).toBe(false);
    if (solution.found) return;
    expect(solution.cheaperSide).toBe('ground');
    expect(solution.atMin.orbitalUsdPerKwYear).toBeGreaterThan(solution.atMin.groundUsdPerKwYear);
  });

  it('rejects a path that is not a numeric scenario field', () => {
    expect(() => solveBreakEven(validateScenario({}), 'launch.cadence')).toThrow(/not a numeric scenario field/);
  });
});
