import { checkProjectionYears, PROJECTION_COLUMNS, projectModel, type ProjectionRow, type ProjectionYears } from '../economics/projection.ts';
import type { NumericTable } from '../economics/projectionExport.ts';
import { scenarioEconomics } from '../resolve/economics.ts';
import type { Scenario } from '../scenario/schema.ts';

/**
 * Year-by-year projection of a validated scenario: launch price on its
 * cadence, orbital and ground cost per kW-year, energy and carbon per FLOP.
 * Pure and cheap (one model resolution, a few operations a year), so it can be
 * called once per Monte Carlo sample.
 * @example
 * ```ts
 * const rows = projectEconomics(loadScenario({ preset: 'suncatcher' }), { fromYear: 2025, toYear: 2050 });
 * const csv = tableToCsv({ columns: PROJECTION_COLUMNS, rows });
 * ```
 */
export function projectEconomics(scenario: Scenario, years: ProjectionYears): ProjectionRow[] {
  return projectModel(scenarioEconomics(scenario).model, checkProjectionYears(years));
}

/**
 * The projection of one scenario as a table: `PROJECTION_COLUMNS`, one row
 * per year (`projectEconomics`). What `solstice project` and the app export.
 */
export function projectionTable(scenario: Scenario, years: ProjectionYears): NumericTable {
  return { columns: PROJECTION_COLUMNS, rows: projectEconomics(scenario, years) };
}

/**
 * The header fields of a projection's JSON: the scenario's name (or
 * `fallbackName` when it has none) and the years.
 */
export function projectionMeta(scenario: Scenario, years: ProjectionYears, fallbackName = 'scenario'): Record<string, string | number> {
  return { scenario: scenario.name ?? fallbackName, fromYear: years.fromYear, toYear: years.toYear };
}
