import type { ProjectionYears } from '@solstice/core';
import { useMemo } from 'react';
import type { MonteCarloResponse } from '../workers/monteCarloProtocol.ts';
import { useWorkerAnswer } from './useWorkerAnswer.ts';

/** Wait after the last edit before sampling again, ms. */
const DEBOUNCE_MS = 250;

const createMonteCarloWorker = () => new Worker(new URL('../workers/monteCarlo.worker.ts', import.meta.url), { type: 'module' });

/**
 * Runs the scenario's Monte Carlo projection in a web worker, so sampling
 * never stalls the scene, and returns the latest answer for this scenario
 * (stale answers for earlier edits are dropped).
 */
export function useMonteCarlo(raw: unknown, years: ProjectionYears): MonteCarloResponse | undefined {
  const request = useMemo(() => ({ raw, years }), [raw, years]);
  return useWorkerAnswer<MonteCarloResponse>(createMonteCarloWorker, request, DEBOUNCE_MS);
}
