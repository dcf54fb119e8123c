import { numericFieldSpec, scenarioSchema } from '@solstice/core';
import { UsageError } from '../io.ts';
import resultKeys from './resultKeys.json' with { type: 'json' };

/** The SQL type of a sweep column in Parquet (DuckDB's names). */
export type SweepColumnType = 'INTEGER' | 'DOUBLE' | 'VARCHAR' | 'BOOLEAN';

/** A typed column of a sweep's output: its dotted key and SQL type. */
export interface SweepColumn {
  readonly name: string;
  readonly type: SweepColumnType;
}

/** What a result key holds, as generated into resultKeys.json. */
type ResultKeyKind = 'number' | 'year' | 'string' | 'boolean';

const SQL_TYPE: Readonly<Record<ResultKeyKind, SweepColumnType>> = { number: 'DOUBLE', year: 'INTEGER', string: 'VARCHAR', boolean: 'BOOLEAN' };

/**
 * Every result key a sweep row can hold, typed, in the contract's order: the
 * leaves of the `Evaluation` type but arrays, generated with docs/contract.md
 * by `npm run docs:contract` (scripts/docsContract.ts) into resultKeys.json,
 * since the CLI cannot run the TypeScript compiler. Optional keys are there
 * too, so a column never depends on which points were evaluated.
 */
export const RESULT_COLUMNS: readonly SweepColumn[] = (resultKeys.keys as [string, ResultKeyKind][]).map(([name, kind]) => ({ name, type: SQL_TYPE[kind] }));

/** The type of a varied input's column, from the scenario schema: whole-number fields INTEGER, others DOUBLE. */
export function inputColumnType(path: string): SweepColumnType {
  return numericFieldSpec(scenarioSchema, path)?.integer === true ? 'INTEGER' : 'DOUBLE';
}

/**
 * The typed columns of a sweep, known before any point is evaluated: `index`
 * (INTEGER), the varied paths (typed by the scenario schema), then every result
 * key of the contract (RESULT_COLUMNS) not among them, or with `keep` only those, in the order
 * given.
 * @throws UsageError for a kept key that is not a result key
 */
export function sweepColumns(paths: readonly string[], keep?: readonly string[]): SweepColumn[] {
  const inputs: SweepColumn[] = [{ name: 'index', type: 'INTEGER' }, ...paths.map((path) => ({ name: path, type: inputColumnType(path) }))];
  const chosen = new Set(inputs.map((column) => column.name));
  // A varied input the evaluation echoes (compute.utilization, orbit.ltanHours, ...) is one column, in the inputs' place,
  // as it is one key of the row (core's evaluateSweepRows writes the input, then the evaluation's value over it).
  if (!keep) return [...inputs, ...RESULT_COLUMNS.filter((column) => !chosen.has(column.name))];
  const byName = new Map(RESULT_COLUMNS.map((column) => [column.name, column]));
  const missing = keep.filter((key) => !byName.has(key));
  if (missing.length > 0) {
    const close = RESULT_COLUMNS.map((column) => column.name).filter((name) => missing.some((key) => name.endsWith(key.slice(key.lastIndexOf('.') + 1)))).slice(0, 5);
    throw new UsageError(`--columns: ${missing.join(', ')} ${missing.length === 1 ? 'is not a result key' : 'are not result keys'} (keys are those of 'solstice eval --json', flattened, listed in docs/contract.md${close.length > 0 ? `; did you mean ${close.join(', ')}?` : ''})`);
  }
  return [...inputs, ...keep.filter((key) => !chosen.has(key) && chosen.add(key)).map((key) => byName.get(key)!)];
}

/** Parses `--columns key,key,...` into a list (empty entries refused). */
export function parseColumnsOption(text: string): string[] {
  const keys = text.split(',').map((key) => key.trim());
  if (keys.some((key) => key === '')) throw new UsageError(`--columns: "${text}" has an empty key; give key,key,...`);
  return keys;
}
