import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { circularSemiMajorAxisM } from '../orbit/circularOrbit.ts';
import { sunSynchronousInclinationRad } from '../orbit/sunSynchronous.ts';
import { formationDesign, formationRicPositionsM } from './design.ts';
import { formationNodeRad, formationReferenceEci, ricPositionsToEci, type FormationEpoch } from './ephemeris.ts';
import { eciBuffer, eciPositionsToRic, ricBuffer, ricStatesToEci } from './frames.ts';
import { sampleFormationEci } from './formationSamples.ts';

const semiMajorAxisM = circularSemiMajorAxisM(650_000);
const design = formationDesign({ satellites: 9, radiusM: 500, semiMajorAxisM, inclinationRad: sunSynchronousInclinationRad(semiMajorAxisM) });
const epoch: FormationEpoch = { epochUnixS: Date.UTC(2035, 0, 1) / 1_000, nodeRad: 1.2, nodeRateRadPerS: 1.99e-7 };
const timeS = fc.double({ min: 0, max: 3.2e7, noNaN: true });
const phaseRad = fc.double({ min: 0, max: 2 * Math.PI, noNaN: true });
const offsetM = fc.double({ min: -5_000, max: 5_000, noNaN: true });
/** A few ulps of an ECI coordinate at 7,000 km (one ulp is 0.93 nm): the floor of any ECI round trip, m. */
const ECI_ROUNDING_M = 1e-8;

describe('formation reference and the RIC-to-ECI of many satellites (fast-check)', () => {
  it('round-trips RIC positions through ECI about any reference of the year and any along-orbit phase, to a few ulps of the ECI position', () => {
    fc.assert(
      fc.property(timeS, phaseRad, fc.array(fc.tuple(offsetM, offsetM, offsetM), { minLength: 1, maxLength: 20 }), (t, phase, offsets) => {
        const reference = formationReferenceEci(design, epoch, t, eciBuffer(6), phase);
        const ric = ricBuffer(3 * offsets.length);
        offsets.forEach(([x, y, z], k) => ric.set([x, y, z], 3 * k));
        const back = eciPositionsToRic(reference, ricPositionsToEci(reference, ric, eciBuffer(ric.length)), ricBuffer(ric.length));
        for (let k = 0; k < ric.length; k++) expect(Math.abs(back[k]! - ric[k]!)).toBeLessThan(ECI_ROUNDING_M);
      }),
      { numRuns: 200 },
    );
  });

  it('places the positions where the full state transform (ricStatesToEci) does', () => {
    fc.assert(
      fc.property(timeS, fc.tuple(offsetM, offsetM, offsetM), (t, [x, y, z]) => {
        const reference = formationReferenceEci(design, epoch, t);
        const positions = ricPositionsToEci(reference, Object.assign(ricBuffer(3), [x, y, z]), eciBuffer(3));
        const states = ricStatesToEci(reference, Object.assign(ricBuffer(6), [x, y, z, 0, 0, 0]), eciBuffer(6));
        for (let k = 0; k < 3; k++) expect(Math.abs(positions[k]! - states[k]!)).toBeLessThan(ECI_ROUNDING_M);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps the reference on its circle of radius a, in the plane whose node is formationNodeRad, at any time and phase (m)', () => {
    fc.assert(
      fc.property(timeS, phaseRad, (t, phase) => {
        const r = formationReferenceEci(design, epoch, t, eciBuffer(6), phase);
        expect(Math.abs(Math.hypot(r[0]!, r[1]!, r[2]!) - semiMajorAxisM)).toBeLessThan(1e-6);
        // The orbit normal (sin i sin Omega, -sin i cos Omega, cos i) is perpendicular to the position.
        const node = formationNodeRad(epoch, t);
        const i = design.inclinationRad;
        const normal = [Math.sin(i) * Math.sin(node), -Math.sin(i) * Math.cos(node), Math.cos(i)];
        expect(Math.abs(normal[0]! * r[0]! + normal[1]! * r[1]! + normal[2]! * r[2]!)).toBeLessThan(1e-6);
      }),
      { numRuns: 200 },
    );
  });

  it('puts the c-th of N clusters 2 pi c / N ahead along the orbit: the angle between centres is 2 pi / N, rad', () => {
    const a = formationReferenceEci(design, epoch, 12_345);
    const b = formationReferenceEci(design, epoch, 12_345, eciBuffer(6), (2 * Math.PI) / 8);
    const cos = (a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!) / semiMajorAxisM ** 2;
    expect(Math.acos(cos)).toBeCloseTo(Math.PI / 4, 12);
  });
});

describe('sampling the formation model', () => {
  it('visits each time once with the reference, the RIC positions and their ECI positions of that time', () => {
    const times = [0, 60, 1_000, 5_000.5];
    const seen: number[] = [];
    sampleFormationEci(design, epoch, times, (t, reference, ric, eci) => {
      seen.push(t);
      expect([...reference]).toEqual([...formationReferenceEci(design, epoch, t)]);
      expect([...ric]).toEqual([...formationRicPositionsM(design, t, ricBuffer(3 * design.satellites))]);
      const back = eciPositionsToRic(reference, eci, ricBuffer(ric.length));
      for (let k = 0; k < ric.length; k++) expect(Math.abs(back[k]! - ric[k]!)).toBeLessThan(ECI_ROUNDING_M);
    });
    expect(seen).toEqual(times);
  });
});
