import {
  clusterFormationDesign,
  evaluateScenario,
  formationEpoch,
  formationReferenceEci,
  ricAxesOf,
  validateScenario,
} from '@solstice/core';
import { describe, expect, it } from 'vitest';
import { sceneEphemerisAt } from './sceneEphemeris.ts';

describe("the scene's ephemeris", () => {
  for (const [name, raw] of [
    ['the baseline (650 km, dawn-dusk, 2035)', {}],
    ['a 900 km orbit at LTAN 10:30 in 2040 with an orbit epoch in June', { year: 2040, orbit: { altitudeKm: 900, ltanHours: 10.5, epoch: '2040-06-01T00:00:00Z' } }],
  ] as const) {
    const scenario = validateScenario(raw);
    const current = { scenario, evaluation: evaluateScenario(scenario) };
    // Core's reference: the formation design and its epoch at 00:00 UTC on 1 January, where the scene's clock starts.
    const design = clusterFormationDesign(scenario);
    const epoch = formationEpoch(scenario, design, Date.UTC(scenario.year, 0, 1) / 1_000);

    it(`draws the cluster centre where core's formation ephemeris puts it, to 1 mm, at seven times over the year (${name})`, () => {
      for (const tS of [0, 1, 2_900, 86_400, 30.5 * 86_400, 172 * 86_400 + 43_210, 364 * 86_400]) {
        const expected = formationReferenceEci(design, epoch, tS);
        const e = sceneEphemerisAt(current, tS);
        for (let k = 0; k < 3; k++) expect(Math.abs(e.clusterPositionM[k]! - expected[k]!)).toBeLessThan(1e-3);
        const axes = ricAxesOf(expected);
        for (const axis of ['radial', 'alongTrack', 'crossTrack'] as const) {
          for (let k = 0; k < 3; k++) expect(e.ricAxes[axis][k]).toBeCloseTo(axes[axis][k]!, 12);
        }
      }
    });
  }

  it('moves the cluster at the J2 rate of core’s design, not the Keplerian mean motion: after 1 and 1,000 revolutions of 2 pi / w it crosses the drifted ascending node, to 1e-9 rad', () => {
    const scenario = validateScenario({});
    const current = { scenario, evaluation: evaluateScenario(scenario) };
    const design = clusterFormationDesign(scenario);
    // At the Keplerian mean motion the centre would be 2 pi (w / n - 1) = 4.6e-3 rad past the node after one revolution, 4.6 rad after 1,000.
    for (const revolutions of [1, 1_000]) {
      const tS = (2 * Math.PI * revolutions) / design.model.couplingRateRadPerS;
      const e = sceneEphemerisAt(current, tS);
      const { radial } = e.ricAxes;
      expect(Math.abs(radial[0] - Math.cos(e.nodeRad))).toBeLessThan(1e-9);
      expect(Math.abs(radial[1] - Math.sin(e.nodeRad))).toBeLessThan(1e-9);
      expect(Math.abs(radial[2])).toBeLessThan(1e-9);
    }
  });
});
