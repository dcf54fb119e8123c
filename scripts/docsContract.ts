/**
 * Generates docs/contract.md, the public contract of Solstice, from its two sources of truth:
 * - the scenario paths from the zod schema (`scenarioJsonSchema()`, the same JSON Schema as
 *   scenarios/schema.json) with the defaults that validating `{}` applies;
 * - the `solstice eval --json` keys from the result types (`Evaluation` in
 *   packages/core/src/evaluate/index.ts), read with the TypeScript compiler API, each key with
 *   its doc comment and the unit its suffix names (conventions: unit suffix in names).
 *
 *   npm run docs:contract            (writes docs/contract.md)
 *   tsx --conditions=solstice-source scripts/docsContract.ts --check   (exit 1 when out of date)
 *
 * test/validation/contract.test.ts fails when docs/contract.md is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { loadScenario, scenarioJsonSchema } from '@solstice/core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CONTRACT_PATH = resolve(ROOT, 'docs/contract.md');
const EVALUATION_PATH = resolve(ROOT, 'packages/core/src/evaluate/index.ts');

type JsonSchema = {
  readonly type?: string;
  readonly description?: string;
  readonly properties?: Record<string, JsonSchema>;
  readonly anyOf?: readonly JsonSchema[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
};

/** One row of a contract table. */
export interface ContractRow {
  readonly path: string;
  readonly unit: string;
  readonly detail: string;
  readonly meaning: string;
  /** For result keys: what a sweep column of it holds (`array`: not a column; sweeps leave arrays out). */
  readonly kind?: ResultKind;
}

/** What a result key holds: a number, a text (string or string literals), a boolean, or an array. */
export type ResultKind = 'number' | 'string' | 'boolean' | 'array';

const cell = (text: string): string => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

function valueAt(object: unknown, path: readonly string[]): unknown {
  let value = object;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

function rangeOf(schema: JsonSchema): string {
  const options = schema.anyOf ?? [schema];
  const parts: string[] = [];
  for (const option of options) {
    if (option.enum !== undefined) parts.push(option.enum.map((v) => JSON.stringify(v)).join(', '));
    else if (option.const !== undefined) parts.push(JSON.stringify(option.const));
    else if (option.type === 'number' || option.type === 'integer') {
      const low = option.minimum ?? option.exclusiveMinimum;
      const high = option.maximum ?? option.exclusiveMaximum;
      if (low !== undefined || high !== undefined) parts.push(`${low ?? '-inf'} to ${high ?? 'inf'}`);
      else parts.push(option.type);
    } else if (option.type === 'boolean') parts.push('true, false');
    else if (option.type === 'array') parts.push('array');
  }
  return parts.join('; ');
}

/** The scenario paths: every leaf of the scenario JSON Schema, with unit, default and range. */
export function scenarioContractRows(): ContractRow[] {
  const schema = scenarioJsonSchema() as JsonSchema;
  const defaults = loadScenario({ object: {} });
  const rows: ContractRow[] = [];
  const walk = (node: JsonSchema, path: string[]): void => {
    if (node.properties !== undefined && path.length < 6) {
      for (const [key, child] of Object.entries(node.properties)) {
        if (path.length === 0 && key === '$schema') continue;
        walk(child, [...path, key]);
      }
      return;
    }
    const description = node.description ?? '';
    const unitMatch = /\[([^\]]+)\]\s*$/.exec(description);
    const value = valueAt(defaults, path);
    const shown = value === undefined ? 'absent' : typeof value === 'object' ? (Array.isArray(value) ? `${value.length} entries` : 'object') : JSON.stringify(value);
    const range = rangeOf(node);
    rows.push({
      path: path.join('.'),
      unit: unitMatch?.[1] ?? '-',
      detail: `${cell(shown.length > 40 ? `${shown.slice(0, 37)}...` : shown)} | ${cell(range)}`,
      meaning: cell(unitMatch === null ? description : description.slice(0, unitMatch.index)),
    });
  };
  walk(schema, []);
  return rows;
}

/** Units named by key suffixes (conventions: the unit suffix of a name crossing a boundary). Longest first. */
const SUFFIX_UNITS: readonly (readonly [RegExp, string])[] = [
  [/UsdPerKwYear(DownlinkLimited)?$/, 'USD/kW/y'],
  [/UsdPerEflop$/, 'USD/EFLOP'],
  [/UsdPerKg$/, 'USD/kg'],
  [/Usd$/, 'USD'],
  [/PerFlop(AscendLauncher)?KgCo2e$/, 'kgCO2e/FLOP'],
  [/KgCo2ePerKg$/, 'kgCO2e/kg'],
  [/KgPerKwh$/, 'kg/kWh'],
  [/PerFlopJ$/, 'J/FLOP'],
  [/JPerKg$/, 'J/kg'],
  [/MPerSPerYearPerKm$/, 'm/s/y/km'],
  [/MPerSPerYear$/, 'm/s/y'],
  [/MPerS2$/, 'm/s^2'],
  [/MPerS$/, 'm/s'],
  [/MPerOrbit$/, 'm/orbit'],
  [/RadPerS$/, 'rad/s'],
  [/KgPerM3$/, 'kg/m^3'],
  [/KgPerYear$/, 'kg/y'],
  [/WPerKg$/, 'W/kg'],
  [/WPerM2$/, 'W/m^2'],
  [/KwhPerM2$/, 'kWh/m^2'],
  [/SPerDay$/, 's/d'],
  [/PerDay$/, '1/d'],
  [/PerYear$/, '1/y'],
  [/Bps$/, 'bit/s'],
  [/Flops$/, 'FLOP/s'],
  [/Bytes$/, 'B'],
  [/Wh$/, 'Wh'],
  [/[a-z0-9]W$/, 'W'],
  [/[a-z0-9]Kg$/, 'kg'],
  [/[a-z0-9]M2$/, 'm^2'],
  [/[a-z0-9]Km$/, 'km'],
  [/[a-z0-9]M$/, 'm'],
  [/[a-z0-9]S$/, 's'],
  [/Deg$/, 'deg'],
  [/DoseRad$/, 'rad(Si)'],
  [/Hours$/, 'h'],
  [/Days$/, 'd'],
  [/Years$/, 'y'],
  [/Year$/, 'year'],
  [/(Fraction|Ratio|MarginX|Factor)$/, '1'],
];

/** The unit a key's suffix names (a trailing Min, Max or Median qualifies the quantity, not the unit). */
export function unitOfKey(key: string): string {
  const stem = key.replace(/(Min|Max|Median)$/, '');
  for (const [pattern, unit] of SUFFIX_UNITS) if (pattern.test(stem)) return unit;
  return '-';
}

let evaluationRows: ContractRow[] | undefined;

/** The `solstice eval --json` keys: every leaf of the `Evaluation` type, with its doc comment (computed once: the compiler takes seconds). */
export function evaluationContractRows(): ContractRow[] {
  evaluationRows ??= readEvaluationContractRows();
  return evaluationRows;
}

function readEvaluationContractRows(): ContractRow[] {
  const program = ts.createProgram([EVALUATION_PATH], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    customConditions: ['solstice-source'],
    allowImportingTsExtensions: true,
    resolveJsonModule: true,
    strict: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(EVALUATION_PATH);
  if (source === undefined) throw new Error(`cannot read ${EVALUATION_PATH}`);
  const declaration = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Evaluation');
  if (declaration === undefined) throw new Error('interface Evaluation not found');
  const rows: ContractRow[] = [];
  const walk = (type: ts.Type, path: string[]): void => {
    for (const property of checker.getPropertiesOfType(type)) {
      // Members of mapped types (Record<Name, number>) have no declaration of their own.
      const declarationNode = property.valueDeclaration ?? property.declarations?.[0];
      const declaredType = declarationNode === undefined ? checker.getTypeOfSymbol(property) : checker.getTypeOfSymbolAtLocation(property, declarationNode);
      const propertyType = checker.getNonNullableType(declaredType);
      const childPath = [...path, property.name];
      const isPlainObject =
        (propertyType.flags & ts.TypeFlags.Object) !== 0 &&
        !checker.isArrayType(propertyType) &&
        !checker.isTupleType(propertyType) &&
        propertyType.getCallSignatures().length === 0 &&
        checker.getPropertiesOfType(propertyType).length > 0;
      if (isPlainObject && childPath.length < 5) {
        walk(propertyType, childPath);
        continue;
      }
      const optional = (property.flags & ts.SymbolFlags.Optional) !== 0;
      const members = propertyType.isUnion() ? propertyType.types : [propertyType];
      const every = (flags: ts.TypeFlags): boolean => members.every((member) => (member.flags & flags) !== 0);
      const kind: ResultKind =
        checker.isArrayType(propertyType) || checker.isTupleType(propertyType) ? 'array' : every(ts.TypeFlags.BooleanLike) ? 'boolean' : every(ts.TypeFlags.NumberLike) ? 'number' : 'string';
      rows.push({
        kind,
        path: childPath.join('.'),
        unit: unitOfKey(property.name),
        detail: cell(`${checker.typeToString(propertyType)}${optional ? ' (optional)' : ''}`),
        meaning: cell(ts.displayPartsToString(property.getDocumentationComment(checker))),
      });
    }
  };
  walk(checker.getTypeAtLocation(declaration.name), []);
  return rows;
}

/** The whole of docs/contract.md. */
export function contractMarkdown(): string {
  const scenario = scenarioContractRows();
  const evaluation = evaluationContractRows();
  return [
    '# Contract: scenario paths and `solstice eval --json` keys',
    '',
    '<!-- Generated by `npm run docs:contract` (scripts/docsContract.ts). Do not edit by hand:',
    '     test/validation/contract.test.ts fails when this file is out of date. -->',
    '',
    'These scenario paths and `solstice eval --json` keys are stable; scripts may rely on them.',
    'New keys may be added; none is removed or renamed without a major version (`CHANGELOG.md`).',
    'The hand-written summary with derivations is [scenarios.md](scenarios.md); each model page',
    'explains its block.',
    '',
    'Generated from the zod schema (`scenarioJsonSchema()`, the same as `scenarios/schema.json`;',
    'the unit is the `[unit]` of each field description, the default what validating `{}` gives)',
    'and from the result types (`Evaluation` in `packages/core/src/evaluate/index.ts`: each key,',
    'its TypeScript type and doc comment; the unit is the one its name\'s suffix states, `-` when',
    'the name states none).',
    '',
    `## Scenario paths (${scenario.length})`,
    '',
    '| path | unit | default | allowed | meaning |',
    '|---|---|---|---|---|',
    ...scenario.map((row) => `| \`${row.path}\` | ${cell(row.unit)} | ${row.detail} | ${row.meaning} |`),
    '',
    `## \`solstice eval --json\` keys (${evaluation.length})`,
    '',
    '| key | unit | type | meaning |',
    '|---|---|---|---|',
    ...evaluation.map((row) => `| \`${row.path}\` | ${cell(row.unit)} | \`${row.detail.replace(/`/g, "'")}\` | ${row.meaning} |`),
    '',
  ].join('\n');
}

/** Where the sweep's result columns are written (read by the CLI, which cannot run the TypeScript compiler). */
export const SWEEP_RESULT_KEYS_PATH = resolve(ROOT, 'packages/cli/src/sweep/resultKeys.json');

/**
 * The sweep's result columns, generated with docs/contract.md from the same `Evaluation` type:
 * each key but arrays (sweeps leave them out) with what it holds, in contract order; a number
 * that is a calendar year (unit `year`, or named `year`) is `year`, a whole-number column.
 */
export function sweepResultKeysJson(): string {
  const keys = evaluationContractRows()
    .filter((row) => row.kind !== 'array')
    .map((row) => [row.path, row.kind === 'number' && (row.unit === 'year' || row.path.endsWith('.year')) ? 'year' : row.kind]);
  return `${JSON.stringify({ generatedBy: 'npm run docs:contract (scripts/docsContract.ts)', keys }, null, 1).replace(/\[\n\s*("[^"]*"),\n\s*("[^"]*")\n\s*\]/g, '[$1, $2]')}\n`;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  for (const [path, text] of [[CONTRACT_PATH, contractMarkdown()], [SWEEP_RESULT_KEYS_PATH, sweepResultKeysJson()]] as const) {
    if (process.argv.includes('--check')) {
      if (readFileSync(path, 'utf8') !== text) {
        console.error(`${path} is out of date: run \`npm run docs:contract\``);
        process.exit(1);
      }
    } else {
      writeFileSync(path, text);
      console.log(`wrote ${path}`);
    }
  }
}
