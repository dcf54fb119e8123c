import { describe, expect, it } from 'vitest';
import { EARTH_MU_M3_PER_S2 } from '../constants.ts';
import { Dop853 } from './dop853.ts';
import { eciBuffer } from './frames.ts';
import { twoBodyDerivative, twoBodyJ2Derivative, twoBodyJ2EnergyJPerKg } from './twoBodyJ2.ts';

const mu = EARTH_MU_M3_PER_S2;

/** Position on a Kepler ellipse in its perifocal frame at time t after periapsis (Vallado Algorithm 2). */
function keplerPosition(a: number, e: number, tS: number): [number, number] {
  const meanAnomaly = Math.sqrt(mu / a ** 3) * tS;
  let E = meanAnomaly;
  for (let i = 0; i < 30; i++) E -= (E - e * Math.sin(E) - meanAnomaly) / (1 - e * Math.cos(E));
  return [a * (Math.cos(E) - e), a * Math.sqrt(1 - e * e) * Math.sin(E)];
}

describe('Dop853', () => {
  it('integrates y\' = y from 0 to 1 to e within 1e-11 relative', () => {
    const integrator = new Dop853(1, (_t, y, d) => (d[0] = y[0]!), { relativeTolerance: 1e-12, absoluteTolerance: 0 });
    const y = Float64Array.of(1);
    integrator.integrate(0, y, 1);
    expect(Math.abs(y[0]! / Math.E - 1)).toBeLessThan(1e-11);
  });

  it('follows a Kepler ellipse (a = 7000 km, e = 0.1) for ten orbits to within 1 mm of the closed form', () => {
    const a = 7_000_000;
    const e = 0.1;
    const rp = a * (1 - e);
    const vp = Math.sqrt((mu * (1 + e)) / rp);
    const y = Float64Array.of(rp, 0, 0, 0, vp, 0);
    const integrator = new Dop853(6, twoBodyDerivative, { relativeTolerance: 1e-12, absoluteTolerance: 1e-6 });
    const periodS = 2 * Math.PI * Math.sqrt(a ** 3 / mu);
    let t = 0;
    let worst = 0;
    for (let k = 1; k <= 100; k++) {
      const next = (k * periodS) / 10;
      integrator.integrate(t, y, next);
      t = next;
      const [x, yy] = keplerPosition(a, e, t);
      worst = Math.max(worst, Math.hypot(y[0]! - x, y[1]! - yy, y[2]!));
    }
    expect(worst).toBeLessThan(1e-3);
  });

  it('conserves two-body + J2 energy over a day to 1e-12 relative at 650 km, i = 98 deg', () => {
    const a = 7_028_137;
    const v = Math.sqrt(mu / a);
    const inc = (98 * Math.PI) / 180;
    const y = eciBuffer(6);
    y.set([a, 0, 0, 0, v * Math.cos(inc), v * Math.sin(inc)]);
    const e0 = twoBodyJ2EnergyJPerKg(y);
    const integrator = new Dop853(6, twoBodyJ2Derivative, { relativeTolerance: 1e-12, absoluteTolerance: 1e-6 });
    integrator.integrate(0, y, 86_400);
    expect(Math.abs(twoBodyJ2EnergyJPerKg(y) / e0 - 1)).toBeLessThan(1e-12);
  });

  it('refuses a non-positive relative tolerance', () => {
    expect(() => new Dop853(1, () => {}, { relativeTolerance: 0, absoluteTolerance: 1 })).toThrow(RangeError);
  });
});
