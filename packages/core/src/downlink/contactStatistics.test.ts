import { describe, expect, it } from 'vitest';
import { contactStatistics, expectedUsableLinks, siteDiversityAvailability } from './contactStatistics.ts';

/** E[min(T, N)] by enumerating every clear/cloudy combination: the second method for the recurrence. */
function enumeratedLinks(p: readonly number[], terminals: number): number {
  let expected = 0;
  for (let combination = 0; combination < 1 << p.length; combination++) {
    let probability = 1;
    let clear = 0;
    p.forEach((pk, k) => {
      const isClear = (combination >>> k) & 1;
      probability *= isClear ? pk : 1 - pk;
      clear += isClear;
    });
    expected += probability * Math.min(terminals, clear);
  }
  return expected;
}

describe('site diversity', () => {
  it('gives 1 - 0.34 x 0.374 x 0.4 = 0.949 for the three default sites all in view', () => {
    expect(siteDiversityAvailability([0.66, 0.626, 0.6])).toBeCloseTo(1 - 0.34 * 0.374 * 0.4, 12);
    expect(siteDiversityAvailability([])).toBe(0);
  });

  it('matches enumeration of every weather combination for E[min(terminals, clear sites)]', () => {
    const p = [0.66, 0.626, 0.6, 0.45, 0.9];
    for (const terminals of [1, 2, 3, 5, 8]) expect(expectedUsableLinks(p, terminals)).toBeCloseTo(enumeratedLinks(p, terminals), 12);
    // One terminal holds a link whenever any site is clear: the diversity availability.
    expect(expectedUsableLinks(p, 1)).toBeCloseTo(siteDiversityAvailability(p), 12);
    // Terminals for every site: the sum of the clear probabilities.
    expect(expectedUsableLinks(p, 5)).toBeCloseTo(p.reduce((a, b) => a + b), 12);
  });
});

describe('contact statistics of a series', () => {
  it('counts contact, passes, gaps and weather from the visibility masks', () => {
    // 10 samples of 60 s: site 0 sees samples 1-3, site 1 sees 3-4, nothing sees 5-9.
    const visibleMasks = Uint32Array.from([0, 1, 1, 3, 2, 0, 0, 0, 0, 0]);
    const statistics = contactStatistics({ stepS: 60, count: 10, visibleMasks }, [0.5, 0.8], 1);
    expect(statistics.contactFraction).toBe(0.4);
    expect(statistics.siteContactFractions).toEqual([0.3, 0.2]);
    expect(statistics.siteLongestPassS).toEqual([180, 120]);
    expect(statistics.longestGapS).toBe(300);
    expect(statistics.contactsPerDay).toBeCloseTo(86_400 / 600, 9);
    expect(statistics.availability).toBeCloseTo((0.5 + 0.5 + (1 - 0.5 * 0.2) + 0.8) / 10, 12);
  });
});
