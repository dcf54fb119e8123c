import type { Scenario } from '../scenario/schema.ts';
import { costSnapshot, type CostSnapshot } from './costSnapshot.ts';
import { groundBaseline, scenarioWithGroundBaseline, type GroundBaselineFields, type GroundBaselineId } from './groundBaselines.ts';

/** Orbit against one ground baseline. */
export interface GroundComparisonRow extends CostSnapshot {
  /** `scenario` for the scenario's own ground block, else the preset id. */
  readonly baseline: 'scenario' | GroundBaselineId;
  readonly label: string;
  /** The `ground.*` fields the preset set (empty for the scenario's own). */
  readonly fields: GroundBaselineFields;
  /** 1 for the cheapest ground, by full ground cost per delivered EFLOP. */
  readonly rank: number;
}

/** Orbit against the scenario's ground and each preset, cheapest ground first. */
export interface GroundComparison {
  readonly year: number;
  readonly rows: readonly GroundComparisonRow[];
  /** How many of the grounds compared cost less than orbit per EFLOP whose results reach Earth (`orbitalUsdPerDeliveredEflop`). */
  readonly groundsCheaperThanOrbit: number;
}

/**
 * Ranks orbit against the scenario's own ground datacenter and the ground
 * baseline presets `ids` in `year`: each row is `costSnapshot` of the
 * scenario with the preset's `ground.*` fields set (the orbital side is the
 * same in every row), ranked by ground cost per delivered EFLOP, cheapest first.
 */
export function compareGround(scenario: Scenario, ids: readonly GroundBaselineId[], year: number = scenario.year): GroundComparison {
  const unranked = [
    { baseline: 'scenario' as const, label: 'Scenario ground', fields: {}, ...costSnapshot(scenario, year) },
    ...ids.map((id) => {
      const { label, fields } = groundBaseline(id, scenario);
      return { baseline: id, label, fields, ...costSnapshot(scenarioWithGroundBaseline(scenario, id), year) };
    }),
  ];
  const rows = [...unranked]
    .sort((a, b) => a.groundUsdPerEflop - b.groundUsdPerEflop)
    .map((row, index) => ({ ...row, rank: index + 1 }));
  return { year, rows, groundsCheaperThanOrbit: rows.filter((row) => row.groundUsdPerEflop < row.orbitalUsdPerDeliveredEflop).length };
}
