import { describe, expect, it } from 'vitest';
import { evaluateLinks } from '../evaluate/links.ts';
import { scenarioClusterNetworkInput } from '../resolve/links.ts';
import { validateScenario } from '../scenario/validate.ts';
import { clusterNetworkSeriesOverOrbit } from './clusterNetworkSeries.ts';

describe('cluster network series over one orbit', () => {
  for (const [name, overrides] of [
    ['the baseline 81-satellite cluster', {}],
    ['a 25-satellite cluster with 8 terminals', { cluster: { satellites: 25 }, links: { terminalsPerSatellite: 8 } }],
  ] as const) {
    it(`has the evaluation's weakest link, worst bisection and its time, and the bisection at the epoch as its minima and first value, in bit/s (${name})`, () => {
      const scenario = validateScenario(overrides);
      const series = clusterNetworkSeriesOverOrbit(scenarioClusterNetworkInput(scenario));
      const links = evaluateLinks(scenario);
      expect(series.timesS.length).toBe(series.weakestLinkBps.length);
      expect(series.timesS.length).toBe(series.bisectionBandwidthBps.length);
      expect(Math.min(...series.weakestLinkBps)).toBe(links.neighbourCapacityMinBps);
      const worst = Math.min(...series.bisectionBandwidthBps);
      expect(worst).toBe(links.bisectionBandwidthMinBps);
      expect(series.timesS[series.bisectionBandwidthBps.indexOf(worst)]).toBe(links.bisectionWorstTimeS);
      expect(series.bisectionBandwidthBps[0]).toBe(links.bisectionBandwidthAtEpochBps);
    });
  }

  it('spans one orbit at the scenario step: samples 0, stepS, ... below the period, s', () => {
    const scenario = validateScenario({});
    const series = clusterNetworkSeriesOverOrbit(scenarioClusterNetworkInput(scenario));
    expect(series.timesS[0]).toBe(0);
    expect(series.timesS[1]).toBe(scenario.links.stepS);
    expect(series.timesS.at(-1)!).toBeLessThan(scenarioClusterNetworkInput(scenario).durationS);
  });
});
