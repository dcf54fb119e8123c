import { describe, expect, it } from 'vitest';
import { ERROR_SCALE_STOPS, errorColourRgb, errorSampleIndex, errorScaleTopM } from './errorColours.ts';

describe('errorSampleIndex', () => {
  const timesS = Float64Array.from({ length: 864 }, (_, i) => 300 * (i + 1)); // 3 days every 5 minutes

  it('picks the sample whose 300 s interval holds the time, in seconds', () => {
    expect(errorSampleIndex(timesS, 0)).toBe(0);
    expect(errorSampleIndex(timesS, 299)).toBe(0);
    expect(errorSampleIndex(timesS, 300)).toBe(1);
    expect(errorSampleIndex(timesS, 86_400)).toBe(288);
  });

  it('loops over the 3-day span, so day 4 shows day 1 again', () => {
    expect(errorSampleIndex(timesS, 3 * 86_400 + 600)).toBe(errorSampleIndex(timesS, 600));
    expect(errorSampleIndex(timesS, -300)).toBe(863);
  });

  it('returns -1 for an empty series', () => {
    expect(errorSampleIndex(new Float64Array(0), 10)).toBe(-1);
  });
});

describe('errorColourRgb', () => {
  it('is green at 0 m, yellow at half the top and red at the top and beyond', () => {
    const out = new Float32Array(3);
    for (const [errorM, stop] of [
      [0, 0],
      [1, 1],
      [2, 2],
      [7, 2],
    ] as const) {
      errorColourRgb(errorM, 2, out);
      ERROR_SCALE_STOPS[stop]!.forEach((c, i) => expect(out[i]).toBeCloseTo(c, 6));
    }
  });

  it('blends linearly between stops: 0.5 m of a 2 m scale is halfway from green to yellow', () => {
    const out = new Float32Array(3);
    errorColourRgb(0.5, 2, out);
    const [a, b] = [ERROR_SCALE_STOPS[0]!, ERROR_SCALE_STOPS[1]!];
    for (let c = 0; c < 3; c++) expect(out[c]).toBeCloseTo((a[c]! + b[c]!) / 2, 6);
  });

  it('tops the scale at the deadband unless the worst error exceeds it, in metres', () => {
    expect(errorScaleTopM(2, 1.4)).toBe(2);
    expect(errorScaleTopM(2, 2.6)).toBe(2.6);
  });
});
