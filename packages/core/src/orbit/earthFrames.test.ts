import { gstime } from 'satellite.js';
import { describe, expect, it } from 'vitest';
import { equationOfEquinoxesRad, greenwichApparentSiderealRad } from './earthFrames.ts';

/** Wraps an angle difference into (-pi, pi], rad. */
const wrapped = (rad: number) => Math.atan2(Math.sin(rad), Math.cos(rad));

describe('Greenwich apparent sidereal time', () => {
  it('equals the IAU-82 mean sidereal time (satellite.js gstime, a second method) plus the equation of the equinoxes within 1e-6 rad, 2025 to 2045', () => {
    for (let year = 2025; year <= 2045; year += 4) {
      for (const dayS of [0, 123_456.7, 200 * 86_400 + 3_600.5]) {
        const unixS = Date.UTC(year, 0, 1) / 1_000 + dayS;
        const gmstRad = gstime(new Date(unixS * 1_000));
        expect(Math.abs(wrapped(greenwichApparentSiderealRad(unixS) - gmstRad - equationOfEquinoxesRad(unixS)))).toBeLessThan(1e-6);
      }
    }
  });

  it("turns at Earth's sidereal rate, 7.2921159e-5 rad/s, over an hour (to 1e-9 rad/s)", () => {
    const unixS = Date.UTC(2035, 5, 1) / 1_000;
    const rate = wrapped(greenwichApparentSiderealRad(unixS + 3_600) - greenwichApparentSiderealRad(unixS)) / 3_600;
    expect(rate).toBeCloseTo(7.2921159e-5, 9);
  });
});
