// The README's scripting quick start, verbatim: load, evaluate, project to
// CSV, sweep. `npx tsx examples/quickstart.ts`
import { evaluateScenario, loadScenario, projectEconomics, sweepRows, tableToCsv, PROJECTION_COLUMNS } from '@solstice/core';

// 1. Load a scenario: a preset, JSON text or an object, with overrides.
const scenario = loadScenario({ preset: 'suncatcher' }, { 'orbit.altitudeKm': 700, year: 2040 });

// 2. Evaluate it: one plain object (the same as `solstice eval --json`).
const evaluation = evaluateScenario(scenario);
console.log(evaluation.economics.launchedPowerUsdPerKwYear);

// 3. Project it year by year, and export CSV (or tableToJson).
const rows = projectEconomics(scenario, { fromYear: 2025, toYear: 2050 });
console.log(tableToCsv({ columns: PROJECTION_COLUMNS, rows }));

// 4. Sweep it: rows arrive in order through an async iterator.
const sweep = { kind: 'grid', ranges: [{ path: 'orbit.altitudeKm', start: 500, stop: 900, count: 5 }] } as const;
for await (const row of sweepRows(scenario, sweep)) console.log(row['orbit.altitudeKm'], row['orbit.sunlitFraction']);
