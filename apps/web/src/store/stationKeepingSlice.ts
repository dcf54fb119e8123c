import type { StationKeepingErrorSeries } from '@solstice/core';
import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './appStore.ts';
import type { ScenarioCase } from './scenarioSlice.ts';

/** Days of controlled flight the station-keeping view computes and replays. */
export const STATION_KEEPING_DAYS = 3;

/** Playback speed while the station-keeping view is on: a simulated day in about 9 s. */
export const STATION_KEEPING_SPEED = 10_000;

/**
 * The station-keeping view: the controlled cluster with drag and SRP over
 * days, each satellite coloured by its position error (core's
 * `stationKeepingErrorSeries`, run in a worker). The answer belongs to the
 * case `stationKeepingSeriesFor` it was asked for, so an edit makes it stale
 * until the worker answers again; readers take it through
 * `currentStationKeepingSeries` and `currentStationKeepingError`.
 */
export interface StationKeepingSlice {
  readonly stationKeeping: boolean;
  readonly stationKeepingSeries: StationKeepingErrorSeries | null;
  /** The `current` case the series (or the error) was computed for. */
  readonly stationKeepingSeriesFor: ScenarioCase | null;
  readonly stationKeepingError: string | null;
  /** Turns the view on (RIC camera, days-per-second playback unless reduced motion) or off. */
  setStationKeeping(on: boolean): void;
  /** Stores the worker's answer for a case (ignored when that case is no longer current). */
  receiveStationKeeping(forCase: ScenarioCase, answer: { series: StationKeepingErrorSeries } | { error: string }): void;
}

/** The series for the case shown now: null while the stored one belongs to a case edited since (or none came). */
export function currentStationKeepingSeries(state: AppState): StationKeepingErrorSeries | null {
  return state.stationKeepingSeriesFor === state.current ? state.stationKeepingSeries : null;
}

/** The worker's error for the case shown now, as `currentStationKeepingSeries`. */
export function currentStationKeepingError(state: AppState): string | null {
  return state.stationKeepingSeriesFor === state.current ? state.stationKeepingError : null;
}

export const createStationKeepingSlice: StateCreator<AppState, [], [], StationKeepingSlice> = (set, get) => ({
  stationKeeping: false,
  stationKeepingSeries: null,
  stationKeepingSeriesFor: null,
  stationKeepingError: null,
  setStationKeeping(on) {
    set({ stationKeeping: on });
    if (!on) return;
    if (get().camera !== 'cluster') get().setCamera('cluster');
    if (!get().reducedMotion) {
      get().setSpeed(STATION_KEEPING_SPEED);
      get().setPlaying(true);
    }
  },
  receiveStationKeeping(forCase, answer) {
    if (forCase !== get().current) return;
    if ('error' in answer) set({ stationKeepingSeries: null, stationKeepingSeriesFor: forCase, stationKeepingError: answer.error });
    else set({ stationKeepingSeries: answer.series, stationKeepingSeriesFor: forCase, stationKeepingError: null });
  },
});
