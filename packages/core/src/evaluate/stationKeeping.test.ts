import { describe, expect, it } from 'vitest';
import { clusterFormationDesign } from '../resolve/formation.ts';
import { formationRicPositionsM } from '../formation/design.ts';
import { ricBuffer } from '../formation/frames.ts';
import { scenarioSchema } from '../scenario/schema.ts';
import { failedSatelliteTrackRic } from './stationKeeping.ts';

describe('failedSatelliteTrackRic', () => {
  it('departs from the design by -(3/2) f t^2 along-track at whole orbits, in metres (HCW)', () => {
    const scenario = scenarioSchema.parse({});
    const design = clusterFormationDesign(scenario);
    const periodS = (2 * Math.PI) / design.model.meanMotionRadPerS;
    const track = failedSatelliteTrackRic(scenario, (10 * periodS) / 86_400, 11);
    const all = ricBuffer(3 * design.satellites);
    const k = track.satellite;
    const f = track.differentialAccelerationMps2;
    expect(f).toBeGreaterThan(0); // the default failed satellite has the smallest coefficient: less drag, pushed forward (so it rises and falls behind)
    for (let i = 1; i < 11; i++) {
      const t = track.timesS[i]!;
      formationRicPositionsM(design, t, all);
      const drift = track.positionsRicM[3 * i + 1]! - all[3 * k + 1]!;
      expect(drift / (-1.5 * f * t * t)).toBeCloseTo(1, 6);
    }
  });
});
