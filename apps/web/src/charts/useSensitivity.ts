import { useMemo } from 'react';
import type { SensitivityResponse } from '../workers/sensitivityProtocol.ts';
import { useWorkerAnswer } from './useWorkerAnswer.ts';

/** Wait after the last edit before starting a new study, ms (a study takes seconds). */
const DEBOUNCE_MS = 600;

const createSensitivityWorker = () => new Worker(new URL('../workers/sensitivity.worker.ts', import.meta.url), { type: 'module' });

/**
 * Runs the scenario's tornado and Sobol' study in a web worker and returns the
 * latest answer for this scenario (stale answers for earlier edits are dropped).
 */
export function useSensitivity(raw: unknown): SensitivityResponse | undefined {
  const request = useMemo(() => ({ raw }), [raw]);
  return useWorkerAnswer<SensitivityResponse>(createSensitivityWorker, request, DEBOUNCE_MS);
}
