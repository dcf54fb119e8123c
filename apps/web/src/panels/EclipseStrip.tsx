import { useMemo } from 'react';
import { eclipseMinutesByDay } from '../model/eclipseByDay.ts';
import { useApp } from '../store/useApp.ts';

/** The year at a glance under the day slider: eclipse minutes per orbit on each day (the eclipse season). */
export function EclipseStrip() {
  const scenario = useApp((s) => s.current.scenario);
  const minutes = useMemo(() => eclipseMinutesByDay(scenario), [scenario]);
  const longest = Math.max(...minutes, 1e-9);
  const shadowed = minutes.filter((m) => m > 0).length;
  return (
    <svg
      className="eclipse-strip"
      viewBox={`0 0 ${minutes.length} 10`}
      preserveAspectRatio="none"
      role="img"
      aria-label={`Eclipse season: ${shadowed} days with an eclipse every orbit, up to ${longest.toFixed(1)} min`}
      data-testid="eclipse-strip"
    >
      <title>{`Eclipse per orbit by day: ${shadowed} days, up to ${longest.toFixed(1)} min`}</title>
      {Array.from(minutes, (m, day) => (m > 0 ? <rect key={day} x={day} width={1} y={10 - (10 * m) / longest} height={(10 * m) / longest} /> : null))}
    </svg>
  );
}
