/**
 * Formation in its environment: drag, closed-loop station keeping and a failed
 * satellite (issue 17). References: the HCW response to a constant along-track
 * acceleration (-(3/2) f t^2, derived in `hcwConstantAlongTrackResponseM`),
 * the impulse balance of a deadband controller (yearly delta-v = |f| x year),
 * energy conservation of two-body + J2 and the drag power -rho B v_rel^3 / 2.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clusterBallisticCoefficients,
  clusterFormationDesign,
  differentialDragDeltaVMPerSPerYear,
  evaluateFormationControl,
  dragAccelerationMPerS2,
  Dop853,
  eciBuffer,
  eciPositionsToRic,
  fixedAtmosphere,
  formationReferenceStateEci,
  JULIAN_YEAR_S,
  relativeAirSpeedMPerS,
  ricBuffer,
  scenarioSchema,
  simulateStationKeeping,
  twoBodyJ2DragDerivative,
  twoBodyJ2EnergyJPerKg,
  type ControllerSettings,
} from '@solstice/core';

const design = clusterFormationDesign(scenarioSchema.parse({}));
const n = design.model.meanMotionRadPerS;
const periodS = (2 * Math.PI) / n;
const airSpeed = relativeAirSpeedMPerS(design.semiMajorAxisM, design.inclinationRad);
const quiet: ControllerSettings = { deadbandM: 2, navigationSigmaM: 0, navigationSigmaMPerS: 0, minimumImpulseBitNs: 1e-3, satelliteMassKg: 575 };

/** Worst satellite (index 0: B - s) over `days` in a fixed density; yearly delta-v and max error. */
function worst(densityKgPerM3: number, spread: number, days: number, controller = quiet, modelDensityKgPerM3 = densityKgPerM3) {
  const result = simulateStationKeeping({
    design,
    atmosphere: fixedAtmosphere(densityKgPerM3),
    modelAtmosphere: fixedAtmosphere(modelDensityKgPerM3),
    referenceBallisticCoefficientM2PerKg: 0.05,
    ballisticCoefficientsM2PerKg: clusterBallisticCoefficients(design.satellites, 0.05, spread),
    controller,
    durationS: days * 86_400,
    satellites: [0],
  });
  return { perYear: (result.deltaVMPerS[0]! * JULIAN_YEAR_S) / result.durationS, maxError: result.maxPositionErrorM[0]!, burns: result.burns[0]! };
}

describe('two-body + J2 + drag integration', () => {
  it('conserves the two-body + J2 energy to 1e-11 over a day with drag off (B = 0)', () => {
    const state = formationReferenceStateEci(design);
    const e0 = twoBodyJ2EnergyJPerKg(state);
    new Dop853(6, twoBodyJ2DragDerivative(fixedAtmosphere(1e-12), Float64Array.of(0)), { relativeTolerance: 1e-12, absoluteTolerance: 1e-6 }).integrate(0, state, 86_400);
    expect(Math.abs(twoBodyJ2EnergyJPerKg(state) / e0 - 1)).toBeLessThan(1e-11);
  });

  it('conserves the polar component of angular momentum h_z to 1e-12 over a day with drag off (J2 is axisymmetric)', () => {
    const state = formationReferenceStateEci(design);
    const hz = (s: ArrayLike<number>) => s[0]! * s[4]! - s[1]! * s[3]!;
    const h0 = hz(state);
    new Dop853(6, twoBodyJ2DragDerivative(fixedAtmosphere(1e-12), Float64Array.of(0)), { relativeTolerance: 1e-12, absoluteTolerance: 1e-6 }).integrate(0, state, 86_400);
    expect(Math.abs(hz(state) / h0 - 1)).toBeLessThan(1e-12);
  });

  it('loses energy over one orbit at the drag power rho B v_rel^2 v / 2 (within 2 %)', () => {
    const rho = 1e-12;
    const b = 0.05;
    const state = formationReferenceStateEci(design);
    const e0 = twoBodyJ2EnergyJPerKg(state);
    new Dop853(6, twoBodyJ2DragDerivative(fixedAtmosphere(rho), Float64Array.of(b)), { relativeTolerance: 1e-12, absoluteTolerance: 1e-6 }).integrate(0, state, periodS);
    const v = Math.sqrt(3.986004418e14 / design.semiMajorAxisM);
    const expected = -dragAccelerationMPerS2(rho, airSpeed, b) * v * periodS;
    expect((twoBodyJ2EnergyJPerKg(state) - e0) / expected - 1).toBeCloseTo(0, 1);
  });

  it('separates two satellites whose coefficients differ by s as the HCW closed form -(3/2) f t^2 (within 3 % after 1 and 5 orbits)', () => {
    const rho = 1e-12;
    const s = 0.005;
    const f = dragAccelerationMPerS2(rho, airSpeed, s);
    const state = eciBuffer(12);
    const reference = formationReferenceStateEci(design);
    state.set(reference, 0);
    state.set(reference, 6);
    const integrator = new Dop853(12, twoBodyJ2DragDerivative(fixedAtmosphere(rho), Float64Array.of(0.05, 0.05 - s)), { relativeTolerance: 1e-12, absoluteTolerance: 1e-6 });
    const ric = ricBuffer(6);
    let t = 0;
    for (const orbits of [1, 5]) {
      integrator.integrate(t, state, orbits * periodS);
      t = orbits * periodS;
      eciPositionsToRic(state, state, ric, 6);
      // Satellite 2 has less drag: relative push +f, so it rises and falls behind.
      expect(ric[4]! / (-1.5 * f * t * t) - 1).toBeCloseTo(0, 1);
      expect(Math.abs(ric[4]! / (-1.5 * f * t * t) - 1)).toBeLessThan(0.03);
    }
  });
});

describe('simulateStationKeeping', () => {
  it('spends |f| x year against a constant differential drag, within 20 % (worst satellite, 3 days, no noise)', { timeout: 60_000 }, () => {
    const rho = 7.6e-14;
    const s = 0.005;
    const expected = differentialDragDeltaVMPerSPerYear(dragAccelerationMPerS2(rho, airSpeed, s));
    const { perYear, maxError } = worst(rho, s, 3);
    expect(Math.abs(perYear / expected - 1)).toBeLessThan(0.2);
    expect(maxError).toBeLessThan(quiet.deadbandM);
  });

  it.each([
    ['half', 0.5],
    ['twice', 2],
  ])('measures the push when its density model is off (%s the true density): |f| x year within 20 %%, with noise, 7 days', { timeout: 60_000 }, (_label, factor) => {
    // Until its window is full (two orbits) the controller flies on the wrong model: the error
    // then grows as (3/2) |f - f_model| t^2 (2.9 m after one orbit at twice the density here),
    // which the deadband laws start answering after one orbit, and it pays the wrong push for two
    // orbits and then takes it back (measured +21 % over 3 days at twice, +12 % over 7; the error
    // peaks at 4.0 m, and at 2.0 m with half); with a right model the bound of the SRP-on tests holds.
    const rho = 3.8e-13;
    const s = 0.005;
    const noisy = { ...quiet, navigationSigmaM: 0.02, navigationSigmaMPerS: 1e-4 };
    const expected = differentialDragDeltaVMPerSPerYear(dragAccelerationMPerS2(rho, airSpeed, s));
    const { perYear } = worst(rho, s, 7, noisy, factor * rho);
    expect(Math.abs(perYear / expected - 1)).toBeLessThan(0.2);
  });

  it('spends nothing with zero spread and no noise: the target is the design flown with the same drag', { timeout: 60_000 }, () => {
    const { perYear, maxError, burns } = worst(7.6e-14, 0, 1);
    expect(burns).toBe(0);
    expect(perYear).toBe(0);
    expect(maxError).toBeLessThan(1e-6);
  });

  it('spends |f| x year within 20 % for any density from 1e-13 to 1e-12 kg/m^3 and spread from 0.002 to 0.01 m^2/kg (property: linear in both)', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-13, max: 1e-12, noNaN: true }), fc.double({ min: 0.002, max: 0.01, noNaN: true }), (rho, s) => {
        const ratio = worst(rho, s, 2).perYear / differentialDragDeltaVMPerSPerYear(dragAccelerationMPerS2(rho, airSpeed, s));
        return ratio > 0.8 && ratio < 1.2;
      }),
      { numRuns: 8, seed: 17 },
    );
  });

  it('scales its delta-v linearly with density and with spread (within 15 %)', { timeout: 120_000 }, () => {
    const base = worst(2e-13, 0.005, 2).perYear;
    expect(worst(4e-13, 0.005, 2).perYear / base).toBeGreaterThan(2 * 0.85);
    expect(worst(4e-13, 0.005, 2).perYear / base).toBeLessThan(2 * 1.15);
    expect(worst(2e-13, 0.01, 2).perYear / base).toBeGreaterThan(2 * 0.85);
    expect(worst(2e-13, 0.01, 2).perYear / base).toBeLessThan(2 * 1.15);
  });

  it('holds the true position error within the deadband plus the navigation noise (2 cm, 0.1 mm/s)', { timeout: 60_000 }, () => {
    const noisy = { ...quiet, navigationSigmaM: 0.02, navigationSigmaMPerS: 1e-4 };
    const { maxError } = worst(7.6e-14, 0.005, 2, noisy);
    // Noise reaches the position through the along-track centre y - 2 x'/n: 3 sigma of 2 sigma_v / n is about 0.6 m.
    expect(maxError).toBeLessThan(noisy.deadbandM + 3 * Math.hypot(noisy.navigationSigmaM, (2 * noisy.navigationSigmaMPerS) / n));
  });
});

describe('a failed satellite', () => {
  const coefficients = clusterBallisticCoefficients(design.satellites, 0.05, 0.005);
  const run = (avoidance: boolean, failedCoefficient: number) =>
    simulateStationKeeping({
      design,
      atmosphere: fixedAtmosphere(7.6e-14),
      referenceBallisticCoefficientM2PerKg: 0.05,
      ballisticCoefficientsM2PerKg: coefficients,
      controller: { ...quiet, navigationSigmaM: 0.02, navigationSigmaMPerS: 1e-4 },
      durationS: 2 * 86_400,
      satellites: Array.from({ length: 25 }, (_, k) => k),
      failure: { satellite: 0, ballisticCoefficientM2PerKg: failedCoefficient, avoidance, keepOutDistanceM: 20 },
    }).failure!;

  // Without avoidance the dead centre satellite passes within centimetres to metres of a
  // neighbour; the predictive policy (HCW + differential drag one orbit ahead, radial/cross-track
  // burns a quarter orbit before the predicted violation) keeps it outside the 20 m keep-out.
  it.each([
    ['drag difference -s (B - s = 0.045 m^2/kg)', coefficients[0]!],
    ['tumbling (B = 0.1 m^2/kg)', 0.1],
  ])('keeps the failed satellite outside the 20 m keep-out: %s, centre satellite, 25 nearest, 2 days, mean activity', { timeout: 120_000 }, (_label, failedCoefficient) => {
    const without = run(false, failedCoefficient);
    const withAvoidance = run(true, failedCoefficient);
    expect(without.minDistanceM).toBeLessThan(20);
    expect(without.firstKeepOutS).not.toBeNull();
    expect(without.avoidanceDeltaVMPerS).toBe(0);
    expect(withAvoidance.firstKeepOutS).toBeNull();
    expect(withAvoidance.minDistanceM).toBeGreaterThan(20);
    expect(withAvoidance.avoidanceDeltaVMPerS).toBeGreaterThan(0);
    // Measured 0.67 and 0.27 m/s: a few centimetres per second per avoiding satellite.
    expect(withAvoidance.avoidanceDeltaVMPerS).toBeLessThan(2);
  });
});

/**
 * The deadband claim with SRP on (the scenario's default): every satellite's
 * largest true error stays within D + k sigma_yc, where
 * sigma_yc = hypot(sigma_p, 2 sigma_v / n) is the navigation noise of one
 * sample of the along-track centre yc = y - 2 x'/n (0.19 m at the defaults,
 * dominated by the 1e-4 m/s velocity noise) and k = 3: the controller acts on
 * window estimates whose noise is a tenth of that, but a burn sized on a
 * sample three sigma off still lands inside the bound. Before the
 * feed-forward the error reached 3.5 to 4.2 m (mean activity) and 7 m (high):
 * the in-plane SRP push, fixed in inertial space, grew the ellipse 0.23 m an
 * orbit while the half-orbit radial pairs answered late, and the estimates
 * took the ellipse's periodic response to the drag (a circle of radius
 * 2 f / n^2, 0.9 m at high activity) for an error.
 */
describe('station keeping with SRP on (scenario defaults)', () => {
  const bound = (scenario: ReturnType<typeof scenarioSchema.parse>) =>
    scenario.control.deadbandM + 3 * Math.hypot(scenario.control.navigationSigmaM, (2 * scenario.control.navigationSigmaMPerS) / n);

  it.each([
    ['mean solar activity, 10 % spread (the baseline)', 'mean', 0.005],
    ['high solar activity, 10 % spread', 'high', 0.005],
  ] as const)('holds every satellite within D + 3 sigma_yc (2.56 m), 81 satellites, 1 day: %s', { timeout: 120_000 }, (_label, activity, spread) => {
    const scenario = scenarioSchema.parse({ environment: { solarActivity: activity }, cluster: { ballisticCoefficientSpreadM2PerKg: spread } });
    expect(scenario.cluster.srpAreaToMassM2PerKg).toBeGreaterThan(0);
    const { control, drag } = evaluateFormationControl(scenario, { days: 1, failSatellite: null });
    expect(control.maxPositionErrorM).toBeLessThan(bound(scenario));
    // And at a cost near the closed form |f| + |a_SRP in plane| per second (1.22 and 18.4 m/s per year).
    expect(control.deltaVMPerSPerYearMax / control.analyticDeltaVMPerSPerYearMax).toBeLessThan(1.2);
    expect(control.deltaVMPerSPerYearMax).toBeGreaterThan(differentialDragDeltaVMPerSPerYear(drag.differentialAccelerationMPerS2) * 0.8);
  });
});
