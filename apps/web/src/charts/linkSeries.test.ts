import { evaluateScenario, validateScenario } from '@solstice/core';
import { describe, expect, it } from 'vitest';
import { linkCapacityOverOrbit } from './linkSeries.ts';

describe('the link chart', () => {
  it("draws the evaluation's own series: its lowest weakest link and bisection are the summary's, in Tbps, over one orbit in minutes", () => {
    const scenario = validateScenario({});
    const { links, orbit } = evaluateScenario(scenario);
    const [minutes, weakestTbps, bisectionTbps] = linkCapacityOverOrbit(links);
    expect(minutes[0]).toBe(0);
    expect(minutes.at(-1)!).toBeLessThan(orbit.periodS / 60);
    expect(Math.min(...weakestTbps)).toBeCloseTo(links.neighbourCapacityMinBps / 1e12, 12);
    expect(Math.min(...bisectionTbps)).toBeCloseTo(links.bisectionBandwidthMinBps / 1e12, 12);
  });
});
