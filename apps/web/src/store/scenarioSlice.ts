import {
  applyOverrides,
  evaluateScenario,
  loadQuantityUnits,
  missedQuantityConversions,
  parseScenarioText,
  quantityUnitsLoaded,
  safeValidateScenario,
  ScenarioError,
  type Evaluation,
  type Scenario,
  type ScenarioProblem,
} from '@solstice/core';
import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './appStore.ts';

/** A scenario the models accepted: the raw JSON as written, the validated input and its evaluation. */
export interface ScenarioCase {
  /** The scenario as a JSON object (what the file, URL and editor hold). */
  readonly raw: Record<string, unknown>;
  readonly scenario: Scenario;
  readonly evaluation: Evaluation;
}

/** Either an accepted case or the schema's problems. */
export type CaseResult = { readonly ok: true; readonly value: ScenarioCase } | { readonly ok: false; readonly problems: readonly ScenarioProblem[] };

/**
 * Validates a parsed JSON value with the same schema as the CLI and evaluates it.
 * Pure: the store calls it; tests call it.
 */
export function caseFromValue(value: unknown): CaseResult {
  const validation = safeValidateScenario(value);
  if (!validation.ok) return { ok: false, problems: validation.problems };
  return {
    ok: true,
    value: {
      raw: value as Record<string, unknown>,
      scenario: validation.scenario,
      evaluation: evaluateScenario(validation.scenario),
    },
  };
}

/** Parses scenario JSON text (a file, a drop, a URL) into a case or problems. */
export function caseFromText(text: string): CaseResult {
  let value: unknown;
  try {
    value = parseScenarioText(text, 'the file');
  } catch (error) {
    if (error instanceof ScenarioError) return { ok: false, problems: error.problems };
    throw error;
  }
  return caseFromValue(value);
}

/** What kind of value an editor field holds. */
export type FieldKind = 'number' | 'enum' | 'text' | 'boolean';

/**
 * Reads the editor's text for a field: empty means "use the default"
 * (undefined); a number field gives a number when the text is one, else the
 * string (a quantity such as "700 km", which the schema converts or refuses);
 * text and choice fields keep the string; a boolean field (a checkbox) gives
 * true for "true" and false for "false", else the string, which the schema refuses.
 */
export function parseFieldText(text: string, kind: FieldKind = 'number'): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (kind === 'number' && Number.isFinite(Number(trimmed))) return Number(trimmed);
  if (kind === 'boolean' && (trimmed === 'true' || trimmed === 'false')) return trimmed === 'true';
  return kind === 'text' ? text : trimmed;
}

/** The value at a dotted path of a raw scenario object. */
export function valueAtPath(raw: unknown, path: string): unknown {
  let node: unknown = raw;
  for (const segment of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** The scenario being explored (A), the one it is compared with (B), and what the user is typing. */
export interface ScenarioSlice {
  readonly current: ScenarioCase;
  readonly comparison: ScenarioCase | null;
  /** Text typed into editor fields that the schema refused, by dotted path. */
  readonly drafts: Readonly<Record<string, string>>;
  /** The schema's message for each refused field, by dotted path. */
  readonly fieldErrors: Readonly<Record<string, string>>;
  /** Problems of the last refused import, shown until the next successful one. */
  readonly importProblems: readonly ScenarioProblem[] | null;
  /** Sets one field from the editor; a refused value leaves `current` as it was. */
  setField(path: string, text: string, kind?: FieldKind): boolean;
  /** Replaces the scenario from JSON text; refused text leaves everything as it was. */
  importScenarioText(text: string, source: string): boolean;
  /** Replaces the scenario from a parsed value (a preset or the URL). */
  importScenarioValue(value: unknown, source: string): boolean;
  /** Pins the current scenario as B, or loads `value` as B. */
  setComparison(value?: unknown): boolean;
  clearComparison(): void;
  /** Exchanges A and B. */
  swapComparison(): void;
  dismissImportProblems(): void;
}

function problemsText(problems: readonly ScenarioProblem[]): string {
  return problems.map((problem) => problem.message).join('; ');
}

/** Creates the scenario slice around an initial, already accepted case. */
export function createScenarioSlice(initial: ScenarioCase): StateCreator<AppState, [], [], ScenarioSlice> {
  return (set, get) => {
    const accept = (value: unknown, source: string): boolean => {
      const result = caseFromValue(value);
      if (!result.ok) {
        set({ importProblems: result.problems.map((p) => ({ path: p.path, message: `${source}: ${p.message}` })) });
        return false;
      }
      set({ current: result.value, drafts: {}, fieldErrors: {}, importProblems: null });
      get().onScenarioChanged(result.value.scenario);
      return true;
    };
    return {
      current: initial,
      comparison: null,
      drafts: {},
      fieldErrors: {},
      importProblems: null,
      setField(path, text, kind) {
        const { current, drafts, fieldErrors } = get();
        const result = caseFromValue(applyOverrides(current.raw, [{ path, value: parseFieldText(text, kind) }]));
        if (!result.ok) {
          // A quantity string ("700 km") before the unit library has loaded: load it (on demand) and apply the text again.
          if (!quantityUnitsLoaded() && typeof parseFieldText(text, kind) === 'string') {
            void loadQuantityUnits().then(() => get().setField(path, text, kind));
          }
          const own = result.problems.filter((p) => p.path === path);
          set({
            drafts: { ...drafts, [path]: text },
            fieldErrors: { ...fieldErrors, [path]: problemsText(own.length > 0 ? own : result.problems) },
          });
          return false;
        }
        const { [path]: _draft, ...otherDrafts } = drafts;
        const { [path]: _error, ...otherErrors } = fieldErrors;
        set({ current: result.value, drafts: otherDrafts, fieldErrors: otherErrors });
        get().onScenarioChanged(result.value.scenario);
        return true;
      },
      importScenarioText(text, source) {
        const missedBefore = missedQuantityConversions();
        const result = caseFromText(text);
        if (!result.ok) {
          // The file holds a quantity string ("700 km") and the unit library is not loaded yet: load it and import again.
          if (missedQuantityConversions() > missedBefore) void loadQuantityUnits().then(() => get().importScenarioText(text, source));
          set({ importProblems: result.problems.map((p) => ({ path: p.path, message: `${source}: ${p.message}` })) });
          return false;
        }
        return accept(result.value.raw, source);
      },
      importScenarioValue: accept,
      setComparison(value) {
        if (value === undefined) {
          set({ comparison: get().current });
          return true;
        }
        const result = caseFromValue(value);
        if (!result.ok) {
          set({ importProblems: result.problems });
          return false;
        }
        set({ comparison: result.value });
        return true;
      },
      clearComparison() {
        set({ comparison: null });
      },
      swapComparison() {
        const { current, comparison } = get();
        if (!comparison) return;
        set({ current: comparison, comparison: current, drafts: {}, fieldErrors: {} });
        get().onScenarioChanged(comparison.scenario);
      },
      dismissImportProblems() {
        set({ importProblems: null });
      },
    };
  };
}
