import { evaluateScenario, validateScenario } from '@solstice/core';
import { describe, expect, it } from 'vitest';
import { eclipseMinutesByDay } from './eclipseByDay.ts';

describe('eclipse minutes by day', () => {
  const scenario = validateScenario({});
  const evaluation = evaluateScenario(scenario);
  const minutes = eclipseMinutesByDay(scenario);

  it('covers the 365 days of 2035', () => {
    expect(minutes.length).toBe(365);
  });

  it('peaks at no more than the year’s longest eclipse in min, and shadows about as many days as the eclipse season', () => {
    expect(Math.max(...minutes)).toBeLessThanOrEqual(evaluation.orbit.longestEclipseS / 60 + 1e-9);
    expect(Math.max(...minutes)).toBeGreaterThan(0.9 * (evaluation.orbit.longestEclipseS / 60));
    const shadowedDays = minutes.filter((m) => m > 0).length;
    // One sample a day against core's four: the counts agree to a day at each end of the season.
    expect(Math.abs(shadowedDays - evaluation.orbit.eclipseSeasonDays)).toBeLessThanOrEqual(2);
  });

  it('has its eclipse season around the June solstice for the dawn-dusk orbit (day 172)', () => {
    expect(minutes[172]).toBeGreaterThan(0);
    expect(minutes[0]).toBe(0);
  });
});
