import { useEffect, useRef, useState } from 'react';

/**
 * Keeps one web worker for the component's life, posts `{ id, ...request }`
 * `debounceMs` after the request last changed, and returns the worker's answer
 * to the latest request only (answers to earlier edits are dropped).
 * @param createWorker makes the worker (`new Worker(new URL(...), ...)` in the
 *   caller's module, where the bundler finds it)
 * @param request the message body; give it a stable identity (`useMemo`)
 * @param debounceMs wait after the last change before posting, ms
 */
export function useWorkerAnswer<Response extends { readonly id: number }>(
  createWorker: () => Worker,
  request: object,
  debounceMs: number,
): Response | undefined {
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const [result, setResult] = useState<Response>();
  // The worker is made once; createWorker is read on mount only.
  const create = useRef(createWorker);
  useEffect(() => {
    const w = create.current();
    w.onmessage = (event: MessageEvent<Response>) => {
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
    const timer = setTimeout(() => worker.current?.postMessage({ id, ...request }), debounceMs);
    return () => clearTimeout(timer);
  }, [request, debounceMs]);
  return result?.id === latest.current ? result : undefined;
}
