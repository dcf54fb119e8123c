import { useEffect, useRef, useState } from 'react';

/**
 * Keeps one web worker for the component's life, posts `{ id, ...request }`
 * `debounceMs` after the request last changed, and returns the worker's answer
 * to the latest request only (answers to earlier edits are dropped). The
 * render in which `request` changes already returns undefined: the previous
 * answer is not the new request's, though its id is still the latest posted
 * (ids advance in an effect, after that render), and a caller that files the
 * answer under its own render's inputs (`StationKeepingRun`) would mislabel it.
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
  // The id of the latest request and the request it was posted for.
  const latest = useRef<{ readonly id: number; readonly request: object | null }>({ id: 0, request: null });
  const [result, setResult] = useState<Response>();
  // The worker is made once; createWorker is read on mount only.
  const create = useRef(createWorker);
  useEffect(() => {
    const w = create.current();
    w.onmessage = (event: MessageEvent<Response>) => {
      if (event.data.id === latest.current.id) setResult(event.data);
    };
    worker.current = w;
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);
  useEffect(() => {
    const id = latest.current.id + 1;
    latest.current = { id, request };
    const timer = setTimeout(() => worker.current?.postMessage({ id, ...request }), debounceMs);
    return () => clearTimeout(timer);
  }, [request, debounceMs]);
  return result?.id === latest.current.id && latest.current.request === request ? result : undefined;
}
