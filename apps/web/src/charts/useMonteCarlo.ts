import type { ProjectionYears } from '@solstice/core';
import { useEffect, useRef, useState } from 'react';
import type { MonteCarloResponse } from '../workers/monteCarloProtocol.ts';

/** Wait after the last edit before sampling again, ms. */
const DEBOUNCE_MS = 250;

/**
 * Runs the scenario's Monte Carlo projection in a web worker, so sampling
 * never stalls the scene, and returns the latest answer for this scenario
 * (stale answers for earlier edits are dropped).
 */
export function useMonteCarlo(raw: unknown, years: ProjectionYears): MonteCarloResponse | undefined {
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const [result, setResult] = useState<MonteCarloResponse>();
  useEffect(() => {
    const w = new Worker(new URL('../workers/monteCarlo.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<MonteCarloResponse>) => {
      if (event.data.id === latest.current) setResult(event.data);
    };
    worker.current = w;
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);
  useEffect(() => {
    const id = ++latest.current;
    const timer = setTimeout(() => worker.current?.postMessage({ id, raw, years }), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [raw, years]);
  return result?.id === latest.current ? result : undefined;
}
