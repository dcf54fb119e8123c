import { useEffect, useMemo } from 'react';
import { useWorkerAnswer } from '../charts/useWorkerAnswer.ts';
import { STATION_KEEPING_DAYS } from '../store/stationKeepingSlice.ts';
import { useApp, useAppStoreApi } from '../store/useApp.ts';
import type { StationKeepingResponse } from '../workers/stationKeepingProtocol.ts';

/** Wait after the last edit before integrating again, ms (as the Monte Carlo chart's). */
const DEBOUNCE_MS = 250;

const createStationKeepingWorker = () => new Worker(new URL('../workers/stationKeeping.worker.ts', import.meta.url), { type: 'module' });

/**
 * While the station-keeping view is on: asks the worker for the current
 * scenario's position-error series (a few seconds of integration, off the
 * main thread) and hands the answer to the store. Draws nothing.
 */
export function StationKeepingRun() {
  const store = useAppStoreApi();
  const current = useApp((s) => s.current);
  const request = useMemo(() => ({ raw: current.raw, days: STATION_KEEPING_DAYS }), [current]);
  const answer = useWorkerAnswer<StationKeepingResponse>(createStationKeepingWorker, request, DEBOUNCE_MS);
  useEffect(() => {
    if (answer) store.getState().receiveStationKeeping(current, answer.ok ? { series: answer.series } : { error: answer.error });
  }, [answer, current, store]);
  return null;
}
