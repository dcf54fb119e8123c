import { useEffect, useRef } from 'react';
import { statsSink } from '../scene/statsSink.ts';

/** `?stats=1`: frames per second, draw calls and satellites drawn, written to the DOM twice a second. */
export function StatsOverlay() {
  const fps = useRef<HTMLSpanElement>(null);
  const calls = useRef<HTMLSpanElement>(null);
  const satellites = useRef<HTMLSpanElement>(null);
  useEffect(
    () =>
      statsSink.subscribe((stats) => {
        if (fps.current) fps.current.textContent = stats.fps.toFixed(0);
        if (calls.current) calls.current.textContent = String(stats.drawCalls);
        if (satellites.current) satellites.current.textContent = String(stats.satellites);
      }),
    [],
  );
  return (
    <dl className="stats-overlay" aria-label="Renderer statistics">
      <dt>fps</dt>
      <dd><span ref={fps} data-testid="fps">–</span></dd>
      <dt>draw calls</dt>
      <dd><span ref={calls} data-testid="draw-calls">–</span></dd>
      <dt>satellites</dt>
      <dd><span ref={satellites} data-testid="satellite-count">–</span></dd>
    </dl>
  );
}
