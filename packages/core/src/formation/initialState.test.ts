import { describe, expect, it } from 'vitest';
import { formationDesign } from './design.ts';
import { eciBuffer } from './frames.ts';
import { formationInitialStatesEci } from './initialState.ts';
import { formationReferenceStateEci } from './integrationCheck.ts';

describe('formationInitialStatesEci', () => {
  it('writes only the chosen satellites, each to the same m and m/s as the whole cluster', () => {
    const design = formationDesign({ satellites: 21, radiusM: 1_000, semiMajorAxisM: 7_028_137, inclinationRad: (98 * Math.PI) / 180 });
    const reference = formationReferenceStateEci(design);
    const all = formationInitialStatesEci(design, reference);
    const chosen = formationInitialStatesEci(design, reference, eciBuffer(6 * 21).fill(Number.NaN), [0, 17, 4]);
    for (let k = 0; k < 21; k++) {
      const written = Array.from(chosen.subarray(6 * k, 6 * k + 6));
      if ([0, 17, 4].includes(k)) expect(written).toEqual(Array.from(all.subarray(6 * k, 6 * k + 6)));
      else expect(written.every(Number.isNaN)).toBe(true);
    }
  });
});
