import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitAtAntimeridian, type LonLat } from './groundTrack.ts';

describe('splitAtAntimeridian', () => {
  it('cuts a westward crossing of -180 degrees into two parts meeting at the interpolated latitude', () => {
    const parts = splitAtAntimeridian([
      [-178, 10],
      [178, 14],
    ]);
    expect(parts).toEqual([
      [
        [-178, 10],
        [-180, 12],
      ],
      [
        [180, 12],
        [178, 14],
      ],
    ]);
  });

  it('keeps every input point, never jumps more than 180 degrees inside a part and never leaves +-180 (property)', () => {
    const point = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -85, max: 85, noNaN: true }));
    fc.assert(
      fc.property(fc.array(point, { minLength: 2, maxLength: 40 }), (input) => {
        const parts = splitAtAntimeridian(input as LonLat[]);
        for (const part of parts) {
          expect(part.length).toBeGreaterThanOrEqual(2);
          for (let k = 0; k < part.length; k++) {
            expect(Math.abs(part[k]![0])).toBeLessThanOrEqual(180);
            if (k > 0) expect(Math.abs(part[k]![0] - part[k - 1]![0])).toBeLessThanOrEqual(180);
          }
        }
        const kept = parts.flat().filter((p) => Math.abs(p[0]) !== 180 || input.some((q) => q[0] === p[0] && q[1] === p[1]));
        for (const p of input) expect(kept.some((q) => q[0] === p[0] && q[1] === p[1])).toBe(true);
      }),
    );
  });
});
