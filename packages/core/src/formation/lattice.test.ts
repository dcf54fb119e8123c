import { describe, expect, it } from 'vitest';
import { clusterLattice, latticeNeighbourPairs } from './lattice.ts';

describe('clusterLattice', () => {
  it('places 81 satellites exactly on the lattice points with i^2 + j^2 <= 25', () => {
    const lattice = clusterLattice(81, 1_000);
    const keys = new Set<string>();
    for (let k = 0; k < 81; k++) {
      const i = lattice.radialIndex[k]!;
      const j = lattice.alongTrackIndex[k]!;
      expect(i * i + j * j).toBeLessThanOrEqual(25);
      keys.add(`${i},${j}`);
    }
    expect(keys.size).toBe(81);
    expect(lattice.outerLatticeRadius).toBe(5);
  });

  it('spaces 81 satellites 100 m radially and 200 m along-track for R = 1 km', () => {
    const lattice = clusterLattice(81, 1_000);
    expect(lattice.radialSpacingM).toBeCloseTo(100, 12);
    expect(lattice.alongTrackSpacingM).toBeCloseTo(200, 12);
  });

  it('puts satellite 0 at the centre and scales other counts so the outermost lies at R in m', () => {
    for (const n of [1, 2, 5, 37, 100, 1_000]) {
      const lattice = clusterLattice(n, 2_000);
      expect(lattice.radialIndex[0]).toBe(0);
      expect(lattice.alongTrackIndex[0]).toBe(0);
      if (n > 1) expect(lattice.outerLatticeRadius * lattice.alongTrackSpacingM).toBeCloseTo(2_000, 9);
    }
  });

  it('breaks ties by angle so the same count always gives the same points', () => {
    const a = clusterLattice(3, 1_000);
    expect([a.radialIndex[1], a.alongTrackIndex[1]]).toEqual([1, 0]);
    expect([a.radialIndex[2], a.alongTrackIndex[2]]).toEqual([0, 1]);
  });

  it('refuses a satellite count below one', () => {
    expect(() => clusterLattice(0, 1_000)).toThrow(RangeError);
  });

  it('finds the 144 neighbour pairs of the 81-point disc', () => {
    // Horizontal pairs: per row j, (points in row - 1); rows |j| <= 5 have 2 floor(sqrt(25 - j^2)) + 1 points.
    let expected = 0;
    for (let j = -5; j <= 5; j++) expected += 2 * Math.floor(Math.sqrt(25 - j * j));
    expect(latticeNeighbourPairs(clusterLattice(81, 1_000)).length / 2).toBe(2 * expected);
  });
});
