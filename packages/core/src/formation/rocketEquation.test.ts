import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rocketPropellantFromFinalMassKg, rocketPropellantKg } from './control.ts';

describe('the rocket equation from either end', () => {
  it('burns the same propellant whether the mass is given before the burns or after them', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 1, max: 5_000, noNaN: true }),
        fc.double({ min: 50, max: 3_000, noNaN: true }),
        (deltaVMPerS, finalMassKg, ispS) => {
          const propellantKg = rocketPropellantFromFinalMassKg(deltaVMPerS, finalMassKg, ispS);
          expect(rocketPropellantKg(deltaVMPerS, finalMassKg + propellantKg, ispS)).toBeCloseTo(propellantKg, 9);
        },
      ),
    );
  });

  it('gives m_dry (e - 1) for a delta-v of Isp g0 (Tsiolkovsky)', () => {
    expect(rocketPropellantFromFinalMassKg(300 * 9.80665, 100, 300)).toBeCloseTo(100 * (Math.E - 1), 12);
  });
});
