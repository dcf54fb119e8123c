import { describe, expect, it } from 'vitest';
import { orbitToGroundYieldRatio } from './groundYield.ts';

describe('orbitToGroundYieldRatio', () => {
  it('is 1361 / (1000 CF) for an orbit always in sunlight: 10 at CF = 0.1361', () => {
    expect(orbitToGroundYieldRatio(1, 0.1361)).toBeCloseTo(10, 12);
  });

  it('falls in proportion to the sunlit fraction', () => {
    expect(orbitToGroundYieldRatio(0.5, 0.2)).toBeCloseTo(orbitToGroundYieldRatio(1, 0.2) / 2, 12);
  });
});
