import { MIMO_ISOLATION_LIMIT_DB } from '@solstice/core';
import { formatFigure } from '../model/keyFigures.ts';
import { useApp } from '../store/useApp.ts';
import { StationKeepingLegend } from './StationKeepingLegend.tsx';

const TBPS = { unit: 'Tbps', scale: 1e-12, digits: 0 } as const;

/** What the colours and sizes of the current view mean. */
export function SceneLegend() {
  const camera = useApp((s) => s.camera);
  const links = useApp((s) => s.current.evaluation.links);
  const radiusM = useApp((s) => s.current.scenario.cluster.radiusM);
  const isolationDb = useApp((s) => s.current.scenario.links.spatialIsolationDb);
  const mimo = useApp((s) => s.current.scenario.links.spatialMimo);
  const stationKeeping = useApp((s) => s.stationKeeping);
  if (camera !== 'cluster') {
    return (
      <p className="scene-legend">
        <span className="swatch" style={{ background: '#ffd27a' }} /> sunlit <span className="swatch" style={{ background: '#5a6478' }} /> in Earth&apos;s shadow · orbit ring coloured the same way
      </p>
    );
  }
  return (
    <>
      {stationKeeping && <StationKeepingLegend />}
      <p className="scene-legend">
        RIC frame, envelope ±{formatFigure(radiusM, { unit: 'm', scale: 1, digits: 0 })} m along-track · link capacity{' '}
        0 <span className="ramp" /> {formatFigure(links.neighbourCapacityMaxBps, TBPS)} Tbps (weakest over the orbit {formatFigure(links.neighbourCapacityMinBps, TBPS)} Tbps) · spatial
        channels kept {mimo ? `apart by MIMO (≥ ${Math.min(isolationDb, MIMO_ISOLATION_LIMIT_DB)} dB)` : `≥ ${isolationDb} dB apart`}
      </p>
    </>
  );
}
