import {
  clusterFormationDesign,
  formationEpoch,
  formationRicPositionsM,
  formationTles,
  evaluateFormationControl,
  integrateFormation,
  orbitalPeriodS,
  ricBuffer,
  SECONDS_PER_DAY,
  validateScenario,
} from '@solstice/core';
import { sgp4, twoline2satrec } from 'satellite.js';
import { bestTimeMs } from './timing.ts';
import type { BenchResult } from './types.ts';

/**
 * `formation-vs-sgp4`: propagate the 81 satellites for one orbit at 1 s
 * steps with the closed-form model, and the same number of satellite-steps
 * with satellite.js `sgp4`, in the same run; ratio = SGP4 time / model time
 * (target >= 20). `formation-integration-day`: DOP853 (1e-12) two-body + J2
 * integration of the 81 satellites and the reference over one day, s
 * (target < 2 s on one core). `formation-control-day`: the same day with
 * drag and closed-loop station keeping of every satellite (each with its
 * drag-free-of-spread target flown alongside, so twice the states), s
 * (issue 17: under 10 s).
 */
export async function formationBench(): Promise<BenchResult[]> {
  const scenario = validateScenario({});
  const design = clusterFormationDesign(scenario);
  const n = design.satellites;
  const steps = Math.ceil(orbitalPeriodS(design.semiMajorAxisM));
  const out = ricBuffer(3 * n);
  let sink = 0;
  const modelMs = bestTimeMs(5, () => {
    for (let s = 0; s < steps; s++) {
      formationRicPositionsM(design, s, out);
      sink += out[3 * (n - 1)]!;
    }
  });
  const recs = formationTles(design, formationEpoch(scenario, design), scenario.cluster.tleCatalogNumberBase)
    .slice(1)
    .map((tle) => twoline2satrec(tle.line1, tle.line2));
  const sgp4Ms = bestTimeMs(2, () => {
    for (let s = 0; s < steps; s++) {
      for (const rec of recs) sink += sgp4(rec, s / 60)?.position.x ?? 0;
    }
  });
  const integrationMs = bestTimeMs(1, () => {
    integrateFormation(design, SECONDS_PER_DAY, SECONDS_PER_DAY, (_t, ric) => {
      sink += ric[0]!;
    });
  });
  const controlMs = bestTimeMs(1, () => {
    sink += evaluateFormationControl(scenario, { days: 1, failSatellite: null }).control.deltaVMPerSPerYearMax;
  });
  if (Number.isNaN(sink)) throw new Error('formation bench produced NaN');
  const satelliteSteps = steps * n;
  return [
    {
      name: 'formation-vs-sgp4',
      unit: 'satellite-steps/s',
      value: satelliteSteps / (modelMs / 1_000),
      baselineName: 'satellite.js sgp4',
      baselineValue: satelliteSteps / (sgp4Ms / 1_000),
      ratio: sgp4Ms / modelMs,
      target: 20,
    },
    { name: 'formation-integration-day', unit: 's', value: integrationMs / 1_000, target: 2 },
    { name: 'formation-control-day', unit: 's', value: controlMs / 1_000, target: 10 },
  ];
}
