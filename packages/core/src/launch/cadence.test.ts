import { describe, expect, it } from 'vitest';
import { cumulativeMassKgInYear } from './cadence.ts';

const table = [
  { year: 2025, cumulativeMassKg: 1e6 },
  { year: 2035, cumulativeMassKg: 1e8 },
];

describe('cumulative launched mass by year', () => {
  it('interpolates geometrically between points (halfway in time is the geometric mean)', () => {
    expect(cumulativeMassKgInYear(table, 2030)).toBeCloseTo(1e7, 0);
  });

  it('holds the first point before it and hits each point exactly', () => {
    expect(cumulativeMassKgInYear(table, 2000)).toBe(1e6);
    expect(cumulativeMassKgInYear(table, 2035)).toBe(1e8);
  });

  it("continues linearly after the last point at the last segment's average annual mass", () => {
    expect(cumulativeMassKgInYear(table, 2036)).toBeCloseTo(1e8 + 9.9e6, 0);
  });

  it('refuses an empty table', () => {
    expect(() => cumulativeMassKgInYear([], 2030)).toThrow(RangeError);
  });
});
