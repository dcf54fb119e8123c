import { parseSweepSummaryText, type ScenarioProblem, type SweepRunSummary, type SweepRunSummaryInput } from '@solstice/core';
import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './appStore.ts';

/** The kind a sweep run summary declares (`solstice query RUN_DIR --summary`, docs/sweeps.md). */
export const SWEEP_SUMMARY_KIND = 'solstice-sweep-summary';

/** True when JSON text declares itself a sweep run summary, so a dropped file goes to the sweep viewer, not the scenario. */
export function isSweepSummaryText(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && (value as { kind?: unknown }).kind === SWEEP_SUMMARY_KIND;
  } catch {
    return false;
  }
}

/** A sweep run's summary opened in the app: by-decile table and Pareto front of each varied input. */
export interface SweepSlice {
  /** The opened summary, validated with core's `sweepSummarySchema`; null until one is opened. */
  readonly sweepSummary: SweepRunSummary | null;
  /** The file it came from. */
  readonly sweepSummarySource: string;
  /** The varied input whose deciles and front are shown (a path of `sweepSummary.inputs`). */
  readonly sweepInputPath: string;
  /** Problems of the last refused summary file, shown until the next successful one. */
  readonly sweepSummaryProblems: readonly ScenarioProblem[] | null;
  /** Opens summary JSON text; refused text leaves the open summary as it was. */
  openSweepSummaryText(text: string, source: string): boolean;
  selectSweepInput(path: string): void;
  closeSweepSummary(): void;
}

/** The input a view shows: the selected one, or the first. */
export function selectedSweepInput(state: Pick<SweepSlice, 'sweepSummary' | 'sweepInputPath'>): SweepRunSummaryInput | undefined {
  const inputs = state.sweepSummary?.inputs ?? [];
  return inputs.find((input) => input.path === state.sweepInputPath) ?? inputs[0];
}

export const createSweepSlice: StateCreator<AppState, [], [], SweepSlice> = (set, get) => ({
  sweepSummary: null,
  sweepSummarySource: '',
  sweepInputPath: '',
  sweepSummaryProblems: null,
  openSweepSummaryText(text, source) {
    const result = parseSweepSummaryText(text);
    if (!result.ok) {
      set({ sweepSummaryProblems: result.problems.map((p) => ({ path: p.path, message: `${source}: ${p.message}` })) });
      return false;
    }
    set({ sweepSummary: result.summary, sweepSummarySource: source, sweepInputPath: result.summary.inputs[0]?.path ?? '', sweepSummaryProblems: null });
    return true;
  },
  selectSweepInput(path) {
    if (get().sweepSummary?.inputs.some((input) => input.path === path)) set({ sweepInputPath: path });
  },
  closeSweepSummary() {
    set({ sweepSummary: null, sweepSummarySource: '', sweepInputPath: '', sweepSummaryProblems: null });
  },
});
