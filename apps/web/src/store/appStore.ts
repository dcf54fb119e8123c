import type { Scenario } from '@solstice/core';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createScenarioSlice, type ScenarioCase, type ScenarioSlice } from './scenarioSlice.ts';
import { createSimulationSlice, type SimulationSlice } from './simulationSlice.ts';
import { createStationKeepingSlice, type StationKeepingSlice } from './stationKeepingSlice.ts';
import { createSweepSlice, isSweepSummaryText, type SweepSlice } from './sweepSlice.ts';
import { createViewSlice, type ViewParams, type ViewSlice } from './viewSlice.ts';

/** The app's one store: scenario, simulation, view, sweep-summary and station-keeping slices, plus the hooks that tie them. */
export interface AppState extends ScenarioSlice, SimulationSlice, ViewSlice, SweepSlice, StationKeepingSlice {
  /** Called by the scenario slice after every accepted change; keeps time inside the (new) year. */
  onScenarioChanged(scenario: Scenario): void;
  /** Opens a picked or dropped JSON file: a sweep run summary goes to the sweep viewer, anything else is imported as a scenario. */
  openJsonText(text: string, source: string): boolean;
}

/** What the store starts from. */
export interface AppStoreInit {
  readonly scenario: ScenarioCase;
  readonly view: ViewParams;
  readonly reducedMotion: boolean;
  /** Simulated time since 1 January of the scenario year, s. */
  readonly timeS?: number;
}

/** Creates the store outside React, so it is tested without a browser. */
export function createAppStore(init: AppStoreInit): StoreApi<AppState> {
  return createStore<AppState>()((...a) => ({
    ...createScenarioSlice(init.scenario)(...a),
    ...createSimulationSlice({ timeS: init.timeS ?? 0, playing: !init.reducedMotion })(...a),
    ...createViewSlice({ ...init.view, reducedMotion: init.reducedMotion })(...a),
    ...createSweepSlice(...a),
    ...createStationKeepingSlice(...a),
    onScenarioChanged() {
      const [, get] = a;
      get().setTime(get().timeS);
    },
    openJsonText(text, source) {
      const [, get] = a;
      return isSweepSummaryText(text) ? get().openSweepSummaryText(text, source) : get().importScenarioText(text, source);
    },
  }));
}

export type { ScenarioCase };
