import { describe, expect, it } from 'vitest';
import { clusterNetworkSeriesOverOrbit } from '../links/clusterNetworkSeries.ts';
import { scenarioClusterNetworkInput } from '../resolve/links.ts';
import { validateScenario } from '../scenario/validate.ts';
import { evaluateScenario } from './index.ts';
import { evaluateLinks, linksSeries } from './links.ts';

describe('the series a links evaluation carries', () => {
  for (const [name, overrides] of [
    ['the baseline 81-satellite cluster', {}],
    ['a 25-satellite cluster with 8 terminals', { cluster: { satellites: 25 }, links: { terminalsPerSatellite: 8 } }],
  ] as const) {
    it(`has the summary's weakest link, worst bisection, its time and the epoch bisection as its minima and first value, bit/s, carried or run again (${name})`, () => {
      const scenario = validateScenario(overrides);
      const links = evaluateScenario(scenario).links;
      for (const series of [linksSeries(links), clusterNetworkSeriesOverOrbit(scenarioClusterNetworkInput(scenario))]) {
        expect(series.timesS.length).toBe(series.weakestLinkBps.length);
        expect(series.timesS.length).toBe(series.bisectionBandwidthBps.length);
        expect(Math.min(...series.weakestLinkBps)).toBe(links.neighbourCapacityMinBps);
        const worst = Math.min(...series.bisectionBandwidthBps);
        expect(worst).toBe(links.bisectionBandwidthMinBps);
        expect(series.timesS[series.bisectionBandwidthBps.indexOf(worst)]).toBe(links.bisectionWorstTimeS);
        expect(series.bisectionBandwidthBps[0]).toBe(links.bisectionBandwidthAtEpochBps);
      }
    });
  }

  it('comes from the network run the summary used, not a second run: the same arrays each time, equal to a separate run', () => {
    const scenario = validateScenario({ cluster: { satellites: 49 } });
    const links = evaluateLinks(scenario);
    const first = linksSeries(links);
    const again = linksSeries(evaluateScenario(scenario).links);
    expect(again.weakestLinkBps).toBe(first.weakestLinkBps);
    expect(again.bisectionBandwidthBps).toBe(first.bisectionBandwidthBps);
    const separate = clusterNetworkSeriesOverOrbit(scenarioClusterNetworkInput(scenario));
    expect(Array.from(first.timesS)).toEqual(Array.from(separate.timesS));
    expect(Array.from(first.weakestLinkBps)).toEqual(Array.from(separate.weakestLinkBps));
    expect(Array.from(first.bisectionBandwidthBps)).toEqual(Array.from(separate.bisectionBandwidthBps));
  });

  it('is not part of the block: JSON holds the summary only, and a parsed copy has no series', () => {
    const links = evaluateScenario(validateScenario({})).links;
    const copy = JSON.parse(JSON.stringify(links)) as typeof links;
    expect(copy).toEqual(links);
    expect(Object.keys(copy)).toEqual(Object.keys(links));
    expect(() => linksSeries(copy)).toThrow(RangeError);
  });
});
