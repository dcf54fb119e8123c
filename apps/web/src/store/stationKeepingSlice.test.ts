import type { StationKeepingErrorSeries } from '@solstice/core';
import { describe, expect, it } from 'vitest';
import baseline from '../../../../scenarios/suncatcher.json' with { type: 'json' };
import { createAppStore } from './appStore.ts';
import { caseFromValue } from './scenarioSlice.ts';
import { currentStationKeepingError, currentStationKeepingSeries, STATION_KEEPING_SPEED } from './stationKeepingSlice.ts';
import { parseViewParams } from './viewSlice.ts';

function makeStore(reducedMotion = false) {
  const initial = caseFromValue(baseline);
  if (!initial.ok) throw new Error('baseline must validate');
  return createAppStore({ scenario: initial.value, view: parseViewParams(''), reducedMotion });
}

const series: StationKeepingErrorSeries = { satellites: 1, timesS: Float64Array.of(300), errorsM: Float32Array.of(1.2), maxErrorM: 1.2, deadbandM: 2 };

describe('station-keeping slice', () => {
  it('turns on in the RIC view and plays days by the second (10,000x) unless reduced motion is asked for', () => {
    const store = makeStore();
    store.getState().setPlaying(false);
    store.getState().setStationKeeping(true);
    expect(store.getState()).toMatchObject({ stationKeeping: true, camera: 'cluster', speed: STATION_KEEPING_SPEED, playing: true });
    const still = makeStore(true);
    still.getState().setStationKeeping(true);
    expect(still.getState()).toMatchObject({ stationKeeping: true, camera: 'cluster', speed: 100, playing: false });
  });

  it('keeps the worker answer for the current scenario and drops one for a case edited since', () => {
    const store = makeStore();
    const asked = store.getState().current;
    store.getState().receiveStationKeeping(asked, { series });
    expect(store.getState().stationKeepingSeries).toBe(series);
    expect(store.getState().setField('orbit.altitudeKm', '700')).toBe(true);
    store.getState().receiveStationKeeping(asked, { series: { ...series, maxErrorM: 9 } });
    expect(store.getState().stationKeepingSeries).toBe(series);
    expect(store.getState().stationKeepingSeriesFor).not.toBe(store.getState().current);
  });

  it('gives the scene and legend the answer of the case shown only: nothing once that case is edited, until the worker answers again', () => {
    const store = makeStore();
    store.getState().receiveStationKeeping(store.getState().current, { series });
    expect(currentStationKeepingSeries(store.getState())).toBe(series);
    expect(store.getState().setField('orbit.altitudeKm', '700')).toBe(true);
    expect(currentStationKeepingSeries(store.getState())).toBeNull();
    store.getState().receiveStationKeeping(store.getState().current, { error: 'too many' });
    expect(currentStationKeepingError(store.getState())).toBe('too many');
    expect(store.getState().setField('orbit.altitudeKm', '650')).toBe(true);
    expect(currentStationKeepingError(store.getState())).toBeNull();
  });

  it('records a worker error for the current case and clears the series', () => {
    const store = makeStore();
    store.getState().receiveStationKeeping(store.getState().current, { error: 'cluster.satellites: too many' });
    expect(store.getState()).toMatchObject({ stationKeepingSeries: null, stationKeepingError: 'cluster.satellites: too many' });
  });
});
