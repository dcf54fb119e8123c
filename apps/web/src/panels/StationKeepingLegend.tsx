import { formatFigure } from '../model/keyFigures.ts';
import { ERROR_SCALE_CSS, errorScaleTopM } from '../model/errorColours.ts';
import { currentStationKeepingError, currentStationKeepingSeries, STATION_KEEPING_DAYS } from '../store/stationKeepingSlice.ts';
import { useApp } from '../store/useApp.ts';
import { StationKeepingRun } from './StationKeepingRun.tsx';

const METRES = { unit: 'm', scale: 1, digits: 1 } as const;

/** The station-keeping view's legend: the error colour scale in metres, or why it is not ready yet. */
export function StationKeepingLegend() {
  const series = useApp(currentStationKeepingSeries);
  const error = useApp(currentStationKeepingError);
  const deadbandM = useApp((s) => s.current.scenario.control.deadbandM);
  let body;
  if (error) body = <>station keeping could not run: {error}</>;
  else if (!series) body = <>computing {STATION_KEEPING_DAYS} days of controlled flight with drag and SRP…</>;
  else {
    const top = errorScaleTopM(series.deadbandM, series.maxErrorM);
    body = (
      <>
        position error 0 <span className="ramp" style={{ background: ERROR_SCALE_CSS }} /> {formatFigure(top, METRES)} m · deadband {formatFigure(deadbandM, METRES)} m · worst{' '}
        {formatFigure(series.maxErrorM, METRES)} m over {STATION_KEEPING_DAYS} days (replayed in a loop)
      </>
    );
  }
  return (
    <p className="scene-legend station-keeping-legend" data-testid="station-keeping-legend">
      <StationKeepingRun />
      {body}
    </p>
  );
}
