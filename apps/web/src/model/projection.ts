import { PROJECTION_COLUMNS, projectEconomics, tableToCsv, tableToJson, type NumericTable, type ProjectionYears, type Scenario } from '@solstice/core';

/** Years the app projects by default: the same as `solstice project` (2025 to 2060). */
export const DEFAULT_PROJECTION_YEARS: ProjectionYears = { fromYear: 2025, toYear: 2060 };

/** The projection of a scenario as the table `solstice project` writes: core's columns and rows. */
export function projectionTable(scenario: Scenario, years: ProjectionYears): NumericTable {
  return { columns: PROJECTION_COLUMNS, rows: projectEconomics(scenario, years) };
}

/**
 * The projection as the bytes `solstice project --format csv|json` prints for
 * the same scenario and years: the same core serialisers, and for JSON the
 * same header fields (scenario name, years).
 */
export function projectionFile(scenario: Scenario, years: ProjectionYears, format: 'csv' | 'json'): string {
  const table = projectionTable(scenario, years);
  if (format === 'csv') return tableToCsv(table);
  return tableToJson(table, { scenario: scenario.name ?? 'scenario', fromYear: years.fromYear, toYear: years.toYear });
}
