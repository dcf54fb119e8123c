import { useEffect, useRef, useState } from 'react';
import type { SensitivityResponse } from '../workers/sensitivityProtocol.ts';

/** Wait after the last edit before starting a new study, ms (a study takes seconds). */
const DEBOUNCE_MS = 600;

/**
 * Runs the scenario's tornado and Sobol' study in a web worker and returns the
 * latest answer for this scenario (stale answers for earlier edits are dropped).
 */
export function useSensitivity(raw: unknown): SensitivityResponse | undefined {
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const [result, setResult] = useState<SensitivityResponse>();
  useEffect(() => {
    const w = new Worker(new URL('../workers/sensitivity.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<SensitivityResponse>) => {
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
    const timer = setTimeout(() => worker.current?.postMessage({ id, raw }), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [raw]);
  return result?.id === latest.current ? result : undefined;
}
