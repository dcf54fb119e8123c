import { describe, expect, it } from 'vitest';
import { clusterFormationDesign } from '../resolve/formation.ts';
import { formationRicPositionsM } from '../formation/design.ts';
import { ricBuffer } from '../formation/frames.ts';
import { scenarioSchema } from '../scenario/schema.ts';
import { evaluateFormationControl, failedSatelliteTrackRic, stationKeepingErrorSeries } from './stationKeeping.ts';

describe('failedSatelliteTrackRic', () => {
  it('departs from the design by -(3/2) f t^2 along-track at whole orbits, in metres (HCW)', () => {
    const scenario = scenarioSchema.parse({});
    const design = clusterFormationDesign(scenario);
    const periodS = (2 * Math.PI) / design.model.meanMotionRadPerS;
    const track = failedSatelliteTrackRic(scenario, (10 * periodS) / 86_400, 11);
    const all = ricBuffer(3 * design.satellites);
    const k = track.satellite;
    const f = track.differentialAccelerationMPerS2;
    expect(f).toBeGreaterThan(0); // the default failed satellite has the smallest coefficient: less drag, pushed forward (so it rises and falls behind)
    for (let i = 1; i < 11; i++) {
      const t = track.timesS[i]!;
      formationRicPositionsM(design, t, all);
      const drift = track.positionsRicM[3 * i + 1]! - all[3 * k + 1]!;
      expect(drift / (-1.5 * f * t * t)).toBeCloseTo(1, 6);
    }
  });
});

describe('stationKeepingErrorSeries', () => {
  it('samples every satellite every 300 s and its largest error is the control block\'s maxPositionErrorM, in metres', { timeout: 60_000 }, () => {
    const scenario = scenarioSchema.parse({});
    const days = 0.25;
    const series = stationKeepingErrorSeries(scenario, days);
    expect(series.satellites).toBe(81);
    expect(series.timesS.length).toBe(72);
    expect(series.timesS[0]).toBe(300);
    expect(series.timesS.at(-1)).toBe(days * 86_400);
    expect(series.errorsM.length).toBe(72 * 81);
    expect(series.deadbandM).toBe(scenario.control.deadbandM);
    const { control } = evaluateFormationControl(scenario, { days, failSatellite: null });
    // Sampled every fifth control step, so at most the run's maximum (the same run: same seed).
    expect(series.maxErrorM).toBeLessThanOrEqual(control.maxPositionErrorM + 1e-6);
    expect(series.maxErrorM).toBeGreaterThan(0.5 * control.maxPositionErrorM);
    expect(Math.max(...series.errorsM)).toBeCloseTo(series.maxErrorM, 5);
  });
});
