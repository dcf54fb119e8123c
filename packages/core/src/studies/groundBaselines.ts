import { BTU_PER_MMBTU } from '../constants.ts';
import type { Scenario } from '../scenario/schema.ts';
import { economicsReferenceFigure, GROUND_BASELINE_PRESETS } from '../referenceData.ts';
import { scenarioWithValues } from '../uncertainty/uncertainInputs.ts';

const figure = (id: string): number => economicsReferenceFigure('ground-baselines', id).value;

/** Ground baseline presets beside the scenario's own datacenter (`seeds/ground-baselines.json`). */
export const GROUND_BASELINE_IDS = ['hyperscale-grid', 'gas-backed', 'constrained-grid', 'renewable-storage'] as const;
export type GroundBaselineId = (typeof GROUND_BASELINE_IDS)[number];

/** The `ground.*` fields a baseline sets, in the scenario's units; the scenario keeps the rest. */
export interface GroundBaselineFields {
  readonly electricityUsdPerKwh?: number;
  readonly pue?: number;
  readonly facilityCapexUsdPerKw?: number;
  readonly gridCarbonKgPerKwh?: number;
}

/** A ground baseline resolved against one scenario. */
export interface GroundBaseline {
  readonly id: GroundBaselineId;
  readonly label: string;
  readonly description: string;
  readonly fields: GroundBaselineFields;
  /** The reference figure ids the fields come from (`seeds/ground-baselines.json`). */
  readonly referenceIds: readonly string[];
}

/**
 * Electricity from on-site gas, USD/kWh: fuel price x heat rate,
 * p_fuel [USD/MMBtu] x HR [BTU/kWh] / 10^6 (fuel only, no O&M, as McCalip's calculator).
 */
export function gasElectricityUsdPerKwh(fuelUsdPerMmbtu: number, heatRateBtuPerKwh: number): number {
  return (fuelUsdPerMmbtu * heatRateBtuPerKwh) / BTU_PER_MMBTU;
}

/** Combustion CO2 of gas-fired electricity, kg/kWh: EF [kg/MMBtu] x HR [BTU/kWh] / 10^6. */
export function gasCarbonKgPerKwh(co2KgPerMmbtu: number, heatRateBtuPerKwh: number): number {
  return (co2KgPerMmbtu * heatRateBtuPerKwh) / BTU_PER_MMBTU;
}

/**
 * Build cost of a datacenter whose capital waits `delayYears` for its grid
 * connection, carried at `costOfCapital` a year: C (1 + r)^D, USD/kW. The
 * capital is spent at the start and earns nothing until power arrives; the
 * chips are bought when it does, so only the facility carries the delay.
 */
export function queueDelayedCapexUsdPerKw(capexUsdPerKw: number, delayYears: number, costOfCapital: number): number {
  return capexUsdPerKw * (1 + costOfCapital) ** delayYears;
}

/**
 * The `ground.*` fields of a baseline against `scenario` (the constrained grid
 * delays the scenario's own build cost; the gas-backed site adds its turbine
 * plant, sized for the facility load (x PUE), to it).
 */
export function groundBaseline(id: GroundBaselineId, scenario: Scenario): GroundBaseline {
  const preset = GROUND_BASELINE_PRESETS[id]!;
  const base = { id, label: preset.label, description: preset.description };
  switch (id) {
    case 'hyperscale-grid':
      return {
        ...base,
        fields: {
          electricityUsdPerKwh: figure('hyperscale.electricity'),
          pue: figure('hyperscale.pue'),
          facilityCapexUsdPerKw: figure('hyperscale.facilityCapex'),
          gridCarbonKgPerKwh: figure('hyperscale.carbon'),
        },
        referenceIds: ['hyperscale.electricity', 'hyperscale.pue', 'hyperscale.facilityCapex', 'hyperscale.carbon'],
      };
    case 'gas-backed': {
      const heatRate = figure('gas.heatRate');
      const pue = figure('gas.pue');
      return {
        ...base,
        fields: {
          electricityUsdPerKwh: gasElectricityUsdPerKwh(figure('gas.fuelPrice'), heatRate),
          pue,
          facilityCapexUsdPerKw: scenario.ground.facilityCapexUsdPerKw + figure('gas.plantCapex') * pue,
          gridCarbonKgPerKwh: gasCarbonKgPerKwh(figure('gas.co2PerMmbtu'), heatRate),
        },
        referenceIds: ['gas.fuelPrice', 'gas.heatRate', 'gas.plantCapex', 'gas.pue', 'gas.co2PerMmbtu'],
      };
    }
    case 'constrained-grid':
      return {
        ...base,
        fields: {
          facilityCapexUsdPerKw: queueDelayedCapexUsdPerKw(scenario.ground.facilityCapexUsdPerKw, figure('constrained.delay'), figure('constrained.costOfCapital')),
        },
        referenceIds: ['constrained.delay', 'constrained.costOfCapital'],
      };
    case 'renewable-storage':
      return {
        ...base,
        fields: { electricityUsdPerKwh: figure('renewable.electricity'), gridCarbonKgPerKwh: figure('renewable.carbon') },
        referenceIds: ['renewable.electricity', 'renewable.carbon'],
      };
  }
}

/**
 * The scenario with a baseline's `ground.*` fields set (validated like `--set`).
 * Each figure is dated, so where a baseline sets the electricity price or the
 * carbon intensity, that figure's yearly trend is set to 0.
 */
export function scenarioWithGroundBaseline(scenario: Scenario, id: GroundBaselineId): Scenario {
  const { fields } = groundBaseline(id, scenario);
  const entries = Object.entries(fields) as [string, number][];
  const paths = entries.map(([key]) => `ground.${key}`);
  const values = entries.map(([, value]) => value);
  if (fields.electricityUsdPerKwh !== undefined) {
    paths.push('ground.electricityPriceChangePerYear');
    values.push(0);
  }
  if (fields.gridCarbonKgPerKwh !== undefined) {
    paths.push('ground.gridCarbonChangePerYear');
    values.push(0);
  }
  return scenarioWithValues(scenario, paths, values);
}

/** Type guard for a preset id given on the command line. */
export function isGroundBaselineId(id: string): id is GroundBaselineId {
  return (GROUND_BASELINE_IDS as readonly string[]).includes(id);
}
