import { describe, expect, it } from 'vitest';
import { saltelliDesign, sobolIndicesFromOutputs } from './sobol.ts';

describe('saltelliDesign', () => {
  it('refuses fewer than 2 base samples or no inputs, naming the value', () => {
    expect(() => saltelliDesign(1, 3, 1)).toThrow(/samples 1/);
    expect(() => saltelliDesign(10, 0, 1)).toThrow(/dimensions 0/);
    expect(() => saltelliDesign(2.5, 3, 1)).toThrow(RangeError);
  });

  it('draws N (d + 2) points of d coordinates, all in the open interval (0, 1)', () => {
    const { points } = saltelliDesign(50, 4, 7);
    expect(points.length).toBe(50 * 6 * 4);
    expect(points.every((u) => u > 0 && u < 1)).toBe(true);
  });
});

describe('sobolIndicesFromOutputs', () => {
  it('refuses outputs whose count does not match the design', () => {
    expect(() => sobolIndicesFromOutputs(new Float64Array(10), 4, 2)).toThrow(/10 outputs, the design has 16/);
  });

  it('gives NaN indices and intervals for a constant output (zero variance)', () => {
    const result = sobolIndicesFromOutputs(new Float64Array(16).fill(3), 4, 2);
    expect(result.variance).toBe(0);
    expect(Number.isNaN(result.firstOrder[0]!)).toBe(true);
    expect(Number.isNaN(result.totalHigh[1]!)).toBe(true);
  });
});
