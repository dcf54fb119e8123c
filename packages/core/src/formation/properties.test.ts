import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EARTH_MU_M3_PER_S2 } from '../constants.ts';
import { circularSemiMajorAxisM } from '../orbit/circularOrbit.ts';
import { sunSynchronousInclinationRad } from '../orbit/sunSynchronous.ts';
import { formationDesign, formationRicPositionsM } from './design.ts';
import { eciBuffer, eciPositionsToRic, ricBuffer, ricStatesToEci } from './frames.ts';
import { relativeMotionPropagate } from './relativeMotion.ts';
import { circularReferenceStateEci } from './referenceOrbit.ts';
import { schweighartSedwickModel } from './schweighartSedwick.ts';

/** A coordinate in [-limit, limit], m or m/s. */
const offset = (limit: number) => fc.double({ min: -limit, max: limit, noNaN: true });

describe('formation invariants (fast-check)', () => {
  it('round-trips RIC positions through ECI to 1e-6 m for any reference orbit and offset', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 6.6e6, max: 8.4e6, noNaN: true }),
        fc.double({ min: 0.01, max: 3.13, noNaN: true }),
        fc.double({ min: 0, max: 6.28, noNaN: true }),
        fc.double({ min: 0, max: 6.28, noNaN: true }),
        fc.tuple(offset(1e4), offset(1e4), offset(1e4)),
        (a, inc, raan, u, [x, y, z]) => {
          const reference = circularReferenceStateEci(a, inc, raan, u, Math.sqrt(EARTH_MU_M3_PER_S2 / a));
          const rel = ricBuffer(6);
          rel.set([x, y, z, 0, 0, 0]);
          const abs = ricStatesToEci(reference, rel, eciBuffer(6));
          const back = eciPositionsToRic(reference, abs, ricBuffer(3), 6);
          expect(Math.hypot(back[0]! - x, back[1]! - y, back[2]! - z)).toBeLessThan(1e-6);
        },
      ),
    );
  });

  it('composes the closed-form transition: Phi(t1 + t2) = Phi(t2) Phi(t1) to 1e-6 m', () => {
    const model = schweighartSedwickModel(7_028_137, 1.71);
    fc.assert(
      fc.property(
        fc.tuple(offset(2e3), offset(2e3), offset(2e3)),
        fc.tuple(offset(2), offset(2), offset(2)),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        ([x, y, z], [vx, vy, vz], t1, t2) => {
          const start = ricBuffer(6);
          start.set([x, y, z, vx, vy, vz]);
          const direct = relativeMotionPropagate(model, t1 + t2, start, ricBuffer(6));
          const mid = relativeMotionPropagate(model, t1, start, ricBuffer(6));
          const twoSteps = relativeMotionPropagate(model, t2, mid, ricBuffer(6));
          for (let a = 0; a < 3; a++) expect(Math.abs(direct[a]! - twoSteps[a]!)).toBeLessThan(1e-6 * (1 + Math.abs(direct[a]!)));
        },
      ),
    );
  });

  it('gives finite positions inside the +-R x +-R/rho ellipse for every count, radius and altitude the schema allows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.double({ min: 10, max: 100_000, noNaN: true }),
        fc.double({ min: 160e3, max: 2_000e3, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (satellites, radiusM, altitudeM, tS) => {
          const a = circularSemiMajorAxisM(altitudeM);
          const design = formationDesign({ satellites, radiusM, semiMajorAxisM: a, inclinationRad: sunSynchronousInclinationRad(a) });
          const out = formationRicPositionsM(design, tS, ricBuffer(3 * satellites));
          for (let k = 0; k < satellites; k++) {
            expect(Number.isFinite(out[3 * k]!) && Number.isFinite(out[3 * k + 1]!)).toBe(true);
            const u = out[3 * k]! / design.radialRadiusM;
            const v = out[3 * k + 1]! / radiusM;
            expect(u * u + v * v).toBeLessThanOrEqual(1 + 1e-9);
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
