import { describe, expect, it } from 'vitest';
import { singleEventsPerInference, singleEventsPerYear } from './singleEvents.ts';

describe('singleEventsPerYear', () => {
  it('divides the rad/year by the rad per event: 150 / 17 = 8.8 events per chip per year', () => {
    expect(singleEventsPerYear(150, 17)).toBeCloseTo(8.8235, 4);
  });
});

describe('singleEventsPerInference', () => {
  it('divides events per year by inferences per year (1 event/year at 1/s over a 1,000 s year is 1e-3)', () => {
    expect(singleEventsPerInference(1, 1, 1_000)).toBeCloseTo(1e-3, 15);
  });
});
