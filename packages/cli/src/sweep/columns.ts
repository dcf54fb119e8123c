import { numericFieldSpec, scenarioSchema, type SweepCell, type SweepRow } from '@solstice/core';
import { UsageError } from '../io.ts';

/** The SQL type of a sweep column in Parquet (DuckDB's names). */
export type SweepColumnType = 'INTEGER' | 'DOUBLE' | 'VARCHAR' | 'BOOLEAN';

/** A typed column of a sweep's output: its dotted key and SQL type. */
export interface SweepColumn {
  readonly name: string;
  readonly type: SweepColumnType;
}

/**
 * Result keys that some evaluations leave out (optional in the result
 * contract, `Evaluation` in core): kept as columns, null where absent, so a
 * Parquet part never loses one because the probed points lack it.
 */
export const OPTIONAL_RESULT_KEYS: readonly string[] = ['economics.breakEvenYear'];

/** Whether a key names a calendar year (`year`, `economics.breakEvenYear`): stored as INTEGER. */
export function isYearKey(name: string): boolean {
  return /(^|\.)year$/.test(name) || /Year$/.test(name);
}

/**
 * The type of a column, from the scenario schema for varied inputs (whole-number
 * fields INTEGER, others DOUBLE), from the key for years (INTEGER), else from a
 * probed value: strings VARCHAR, booleans BOOLEAN, numbers and nulls DOUBLE.
 */
export function sweepColumnType(name: string, probe: SweepCell | undefined): SweepColumnType {
  if (name === 'index') return 'INTEGER';
  const spec = numericFieldSpec(scenarioSchema, name);
  if (spec) return spec.integer === true ? 'INTEGER' : 'DOUBLE';
  if (typeof probe === 'string') return 'VARCHAR';
  if (typeof probe === 'boolean') return 'BOOLEAN';
  if (isYearKey(name) && (probe === undefined || probe === null || Number.isInteger(probe))) return 'INTEGER';
  return 'DOUBLE';
}

/**
 * The typed columns of a sweep: `index`, the varied paths (the first
 * `inputCount` names), then the result
 * keys of the probed rows in order (with OPTIONAL_RESULT_KEYS inserted beside
 * their block). With `keep`, only index, the varied paths and those result keys,
 * in the order given.
 * @throws UsageError for a kept key that is not a result key
 */
export function sweepColumns(names: readonly string[], probes: readonly SweepRow[], inputCount: number, keep?: readonly string[]): SweepColumn[] {
  const all = [...names];
  for (const key of OPTIONAL_RESULT_KEYS) {
    if (all.includes(key)) continue;
    const block = key.slice(0, key.indexOf('.') + 1);
    const last = all.findLastIndex((name) => name.startsWith(block));
    if (last >= 0) all.splice(last + 1, 0, key);
  }
  let chosen = all;
  if (keep) {
    const missing = keep.filter((key) => !all.includes(key));
    if (missing.length > 0) {
      const close = all.filter((name) => missing.some((key) => name.endsWith(key.slice(key.lastIndexOf('.') + 1)))).slice(0, 5);
      throw new UsageError(`--columns: ${missing.join(', ')} ${missing.length === 1 ? 'is not a result key' : 'are not result keys'} (keys are those of 'solstice eval --json', flattened${close.length > 0 ? `; did you mean ${close.join(', ')}?` : ''})`);
    }
    chosen = [...new Set([...all.slice(0, inputCount), ...keep])];
  }
  return chosen.map((name) => ({ name, type: sweepColumnType(name, probes.find((row) => row[name] !== undefined && row[name] !== null)?.[name]) }));
}

/** Parses `--columns key,key,...` into a list (empty entries refused). */
export function parseColumnsOption(text: string): string[] {
  const keys = text.split(',').map((key) => key.trim());
  if (keys.some((key) => key === '')) throw new UsageError(`--columns: "${text}" has an empty key; give key,key,...`);
  return keys;
}
