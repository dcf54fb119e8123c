import type { Scenario } from '../scenario/schema.ts';
import { numericFieldSpec } from '../scenario/sections/uncertainty.ts';
import { scenarioSchema } from '../scenario/schema.ts';
import { CHIPS, economicsReferenceFigure, SATELLITE_FIGURES, type ReferenceFigure } from '../referenceData.ts';
import { scenarioWithValues } from '../uncertainty/uncertainInputs.ts';
import { breakEvenYear } from '../economics/breakEven.ts';
import { groundCost, orbitalCostInYear } from '../economics/economicsModel.ts';
import { scenarioEconomics } from '../resolve/economics.ts';
import { scenarioNumberAt } from './solveBreakEven.ts';

/** A scenario default that rests on reasoning, not a published figure, and how much it moves the answer. */
export interface Assumption {
  /** The scenario path the default fills. */
  readonly path: string;
  /**
   * The reference figure it comes from, `file:id` of seeds/ (`costs:satellite.hardwareCost`).
   * Named `seed` because `solstice assumptions --json` prints this object (a public key, kept).
   */
  readonly seed: string;
  /** The scenario's value, in the path's unit. */
  readonly value: number;
  readonly unit: string;
  /** The reference figure's reasoning, as written in seeds/. */
  readonly reasoning: string;
  /** The value at half and at 1.5x (clamped to the field's range; whole numbers rounded). */
  readonly lowInput: number;
  readonly highInput: number;
  /** Break-even year at the low and high input (null: none in 2020-2100). */
  readonly breakEvenYearLow: number | null;
  readonly breakEvenYearHigh: number | null;
  /** |high - low| of the break-even year: +inf when only one end has one, 0 when neither. */
  readonly breakEvenYearSwing: number;
  /** |high - low| of the orbital cost in the scenario's year, USD per delivered kW-year. */
  readonly orbitalUsdPerKwYearSwing: number;
  /** |high - low| of the ground cost in the scenario's year, USD per kW-year. */
  readonly groundUsdPerKwYearSwing: number;
}

/** Scenario paths whose defaults come from a reference figure, with its `file:id`. Only figures whose source reads "reasoned" enter the register. */
const REFERENCE_DEFAULTS: readonly (readonly [path: string, referenceId: string, figure: (scenario: Scenario) => ReferenceFigure])[] = [
  ...(
    [
      ['economics.satelliteHardwareUsdPerKg', 'costs', 'satellite.hardwareCost'],
      ['economics.chipUsdPerW', 'costs', 'chip.cost'],
      ['economics.operationsFractionPerYear', 'costs', 'operations.fraction'],
      ['economics.satelliteFailuresPerYear', 'costs', 'satellite.failureRate'],
      ['ground.facilityLifetimeYears', 'costs', 'facility.lifetime'],
      ['ground.hardwareLifetimeYears', 'costs', 'ground.hardwareLifetime'],
      ['economics.satelliteEmbodiedEnergyMjPerKg', 'lifecycle', 'satellite.embodiedEnergy'],
      ['economics.satelliteEmbodiedCarbonKgPerKg', 'lifecycle', 'satellite.embodiedCarbon'],
    ] as const
  ).map(([path, file, id]) => [path, `${file}:${id}`, () => economicsReferenceFigure(file, id)] as const),
  ['compute.chipPowerW', 'chips:<compute.chip>.powerW', (scenario) => CHIPS[scenario.compute.chip].powerW],
  ...(
    [
      ['satellite.batteryDepthOfDischarge', 'power.batteryDepthOfDischarge'],
      ['satellite.batteryWhPerKg', 'power.batterySpecificEnergy'],
      ['satellite.arrayKgPerM2', 'power.arrayArealDensity'],
      ['satellite.radiatorTemperatureK', 'thermal.radiatorTemperature'],
      ['satellite.radiatorKgPerM2', 'thermal.radiatorArealDensity'],
      ['satellite.doseDepthExponent', 'radiation.doseDepthExponent'],
      ['satellite.busMassFraction', 'mass.busMassFraction'],
      ['compute.hostOverheadFraction', 'compute.hostOverheadFraction'],
      ['compute.opticalTerminals', 'compute.opticalTerminals'],
      ['compute.opticalTerminalPowerW', 'compute.opticalTerminalPower'],
      ['compute.avionicsPowerW', 'compute.avionicsPower'],
      ['compute.thermalControlFraction', 'compute.thermalControlFraction'],
      ['compute.chipMassKg', 'compute.chipMass'],
      ['compute.shieldedAreaPerChipM2', 'compute.shieldedAreaPerChip'],
    ] as const
  ).map(([path, id]) => [path, `satellite:${id}`, () => SATELLITE_FIGURES[id]!] as const),
];

/** Whether a reference figure's source marks it as reasoned rather than published. */
export function isReasonedSource(source: string): boolean {
  return /^\s*reasoned/i.test(source);
}

/**
 * The assumptions register: every scenario default whose reference figure is reasoned
 * rather than sourced, with its value and reasoning, and its one-at-a-time
 * swing (value x 0.5 and x 1.5, clamped to the field's range) on the break-even
 * year and on the orbital and ground cost in the scenario's year; sorted by the
 * break-even swing, then by the orbital plus ground cost swing.
 */
export function assumptionsRegister(scenario: Scenario): Assumption[] {
  const metrics = (candidate: Scenario) => {
    const { model } = scenarioEconomics(candidate);
    return {
      breakEven: breakEvenYear(model) ?? null,
      orbital: orbitalCostInYear(model, candidate.year).totalUsdPerKwYear,
      ground: groundCost(model, candidate.year).totalUsdPerKwYear,
    };
  };
  const register: Assumption[] = [];
  for (const [path, referenceId, figureOf] of REFERENCE_DEFAULTS) {
    const figure = figureOf(scenario);
    const spec = numericFieldSpec(scenarioSchema, path);
    if (!isReasonedSource(figure.source) || !spec) continue;
    const value = scenarioNumberAt(scenario, path) ?? figure.value;
    const clamp = (x: number) => {
      const inRange = Math.min(spec.max, Math.max(spec.min, x));
      return spec.integer ? Math.round(inRange) : inRange;
    };
    const [lowInput, highInput] = [clamp(value * 0.5), clamp(value * 1.5)];
    const low = metrics(scenarioWithValues(scenario, [path], [lowInput]));
    const high = metrics(scenarioWithValues(scenario, [path], [highInput]));
    const breakEvenYearSwing =
      low.breakEven === null || high.breakEven === null ? (low.breakEven === high.breakEven ? 0 : Number.POSITIVE_INFINITY) : Math.abs(high.breakEven - low.breakEven);
    register.push({
      path,
      seed: referenceId,
      value,
      unit: spec.unit,
      reasoning: figure.source,
      lowInput,
      highInput,
      breakEvenYearLow: low.breakEven,
      breakEvenYearHigh: high.breakEven,
      breakEvenYearSwing,
      orbitalUsdPerKwYearSwing: Math.abs(high.orbital - low.orbital),
      groundUsdPerKwYearSwing: Math.abs(high.ground - low.ground),
    });
  }
  const total = (a: Assumption) => a.orbitalUsdPerKwYearSwing + a.groundUsdPerKwYearSwing;
  return register.sort((a, b) => b.breakEvenYearSwing - a.breakEvenYearSwing || total(b) - total(a));
}
