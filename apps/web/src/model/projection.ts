import { projectionMeta, projectionTable, tableToCsv, tableToJson, type ProjectionYears, type Scenario } from '@solstice/core';

/**
 * The projection as the bytes `solstice project --format csv|json` prints for
 * the same scenario and years: core's table, serialisers and JSON header.
 */
export function projectionFile(scenario: Scenario, years: ProjectionYears, format: 'csv' | 'json'): string {
  const table = projectionTable(scenario, years);
  return format === 'csv' ? tableToCsv(table) : tableToJson(table, projectionMeta(scenario, years));
}
