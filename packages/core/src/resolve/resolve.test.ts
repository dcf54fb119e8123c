import { describe, expect, it } from 'vitest';
import { evaluateResolved, evaluateScenario } from '../evaluate/index.ts';
import { validateScenario } from '../scenario/validate.ts';
import { resolveScenario } from './index.ts';

describe('resolveScenario', () => {
  const scenario = validateScenario({ orbit: { altitudeKm: 700 }, satellite: { solarArrayM2: 120 } });
  const resolved = resolveScenario(scenario);

  it('places the reference orbit at the WGS-84 equatorial radius plus the altitude, in metres', () => {
    expect(resolved.orbit.semiMajorAxisM).toBe(6_378_137 + 700_000);
  });

  it('gives a J2 node rate of one turn per tropical year (365.24219 days), the definition of sun-synchronous, rtol 1e-9', () => {
    const oneTurnPerYearRadPerS = (2 * Math.PI) / (365.24219 * 86_400);
    expect(resolved.orbit.nodeRateRadPerS / oneTurnPerYearRadPerS).toBeCloseTo(1, 9);
  });

  it('gives a Keplerian period of 2 pi sqrt(a^3 / mu) s (mu = 3.986004418e14 m^3/s^2), and the network covers exactly one', () => {
    const a = resolved.orbit.semiMajorAxisM;
    expect(resolved.orbit.periodS).toBeCloseTo(2 * Math.PI * Math.sqrt(a ** 3 / 3.986004418e14), 9);
    expect(resolved.network.durationS).toBe(resolved.orbit.periodS);
  });

  it('builds the formation, the network and the satellite on that one orbit', () => {
    expect(resolved.formation.design.semiMajorAxisM).toBe(resolved.orbit.semiMajorAxisM);
    expect(resolved.formation.design.inclinationRad).toBe(resolved.orbit.inclinationRad);
    expect(resolved.satellite.design.periodS).toBe(resolved.orbit.periodS);
    expect(resolved.economics.model.satellite.powerW).toBe(resolved.satellite.design.powerW);
  });

  it('is what evaluateScenario reduces: evaluating the resolved inputs gives the same evaluation', () => {
    expect(evaluateResolved(resolved)).toEqual(evaluateScenario(scenario));
  });
});
