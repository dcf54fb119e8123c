import { describe, expect, it } from 'vitest';
import { scenarioClusterNetworkInput } from '../resolve/links.ts';
import { validateScenario } from '../scenario/validate.ts';
import { clusterNetworkSeriesOverOrbit } from './clusterNetworkSeries.ts';

describe('cluster network series over one orbit', () => {
  it('spans one orbit at the scenario step: samples 0, stepS, ... below the period, s', () => {
    const scenario = validateScenario({});
    const series = clusterNetworkSeriesOverOrbit(scenarioClusterNetworkInput(scenario));
    expect(series.timesS[0]).toBe(0);
    expect(series.timesS[1]).toBe(scenario.links.stepS);
    expect(series.timesS.at(-1)!).toBeLessThan(scenarioClusterNetworkInput(scenario).durationS);
  });
});
