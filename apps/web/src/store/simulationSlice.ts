import { yearStartUnixS } from '@solstice/core';
import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './appStore.ts';

/** Playback speeds offered, simulated seconds per real second. */
export const SPEEDS = [1, 10, 100, 1_000, 10_000] as const;

/** Longest real-time step the clock accepts, s: a background tab must not jump the simulation by minutes. */
export const MAX_FRAME_STEP_S = 0.25;

/** Length of calendar year `year`, s (simulation time runs from core's `yearStartUnixS(year)`). */
export function yearLengthS(year: number): number {
  return yearStartUnixS(year + 1) - yearStartUnixS(year);
}

/** Wraps a time into [0, lengthS). */
function wrap(timeS: number, lengthS: number): number {
  return ((timeS % lengthS) + lengthS) % lengthS;
}

/**
 * Simulation time: seconds since 00:00 UTC on 1 January of the scenario's
 * year. It advances only in `advance`, called once per frame by the scene's
 * clock; everything else reads it.
 */
export interface SimulationSlice {
  /** Simulated time since the epoch, s. */
  readonly timeS: number;
  readonly playing: boolean;
  /** Simulated seconds per real second. */
  readonly speed: number;
  /** Advances time by a real-time step (s) at the current speed, when playing. */
  advance(realStepS: number): void;
  setTime(timeS: number): void;
  /** Moves time by `deltaS` simulated seconds, wrapping around the year. */
  scrubBy(deltaS: number): void;
  togglePlaying(): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
  /** Steps the speed up or down the `SPEEDS` ladder. */
  stepSpeed(direction: 1 | -1): void;
}

export const createSimulationSlice =
  (initial: { timeS: number; playing: boolean }): StateCreator<AppState, [], [], SimulationSlice> =>
  (set, get) => ({
    timeS: initial.timeS,
    playing: initial.playing,
    speed: 100,
    advance(realStepS) {
      const { playing, speed, timeS, current } = get();
      if (!playing || !(realStepS > 0)) return;
      const stepS = Math.min(realStepS, MAX_FRAME_STEP_S) * speed;
      set({ timeS: wrap(timeS + stepS, yearLengthS(current.scenario.year)) });
    },
    setTime(timeS) {
      set({ timeS: wrap(timeS, yearLengthS(get().current.scenario.year)) });
    },
    scrubBy(deltaS) {
      get().setTime(get().timeS + deltaS);
    },
    togglePlaying() {
      set({ playing: !get().playing });
    },
    setPlaying(playing) {
      set({ playing });
    },
    setSpeed(speed) {
      set({ speed: Math.min(Math.max(speed, SPEEDS[0]), SPEEDS[SPEEDS.length - 1]!) });
    },
    stepSpeed(direction) {
      const index = SPEEDS.findIndex((speed) => speed >= get().speed);
      const next = SPEEDS[Math.min(Math.max((index < 0 ? SPEEDS.length - 1 : index) + direction, 0), SPEEDS.length - 1)]!;
      set({ speed: next });
    },
  });
