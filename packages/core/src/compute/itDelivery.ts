import { computePowerAvailableW, type ComputePowerBudget } from './chipBudget.ts';
import { arrayDegradationFactor } from '../power/degradation.ts';
import { orbitAverageLoadW } from '../power/battery.ts';
import { survivingFraction } from './survival.ts';
import { boundedMemo } from '../memo.ts';

/**
 * How a satellite meets array degradation (`satellite.sizing`):
 * - `derate-compute` (default): the array is as given; the IT load the chips
 *   can use follows the array's orbit-average output down over the life.
 * - `size-for-end-of-life`: the array is oversized at launch so that at end of
 *   life it still carries the rated load through the orbit with the longest
 *   eclipse; array mass and cost grow, the IT load holds.
 */
export const SATELLITE_SIZING_POLICIES = ['derate-compute', 'size-for-end-of-life'] as const;
export type SatelliteSizingPolicy = (typeof SATELLITE_SIZING_POLICIES)[number];

/** What sets the IT power a satellite delivers over its life, SI units. */
export interface ItDeliveryInputs {
  /** The satellite's power budget at its rating (`satellitePowerW` is the rated electrical power, W). */
  readonly budget: ComputePowerBudget;
  /** Accelerators installed, whole number >= 0. */
  readonly chips: number;
  /** Array output in full sun at beginning of life, W. */
  readonly arrayPowerW: number;
  /** Fraction of the year in sunlight (orbit average), 0 to 1. */
  readonly sunlitFraction: number;
  /** Fractional loss of array power per year, 0 to 1. */
  readonly degradationPerYear: number;
  /** Hard failures per chip per year (not repaired in orbit), 1/year. */
  readonly failureRatePerYear: number;
  /** Operating life, years (> 0). */
  readonly lifetimeYears: number;
}

/** Midpoint steps over the life: the integrand is smooth but for one kink, so 400 steps keep it within 1e-5. */
const LIFE_STEPS = 400;

/**
 * Accelerator power delivered at time t, W: the surviving chips N exp(-lambda t)
 * P_chip, capped by what the power budget leaves them when the satellite can
 * carry only P_use(t) = min(P_rated, P_array D(t) s) (D: `arrayDegradationFactor`,
 * s: sunlit fraction; the orbit-average output, exact for a load throttled
 * orbit by orbit when P_rated >= P_array), i.e.
 * min(N exp(-lambda t) P_chip, P_compute(P_use) / (1 + f_host)).
 * Power lost and chips lost overlap: surviving chips can use the power of failed ones.
 */
export function deliveredItPowerW(inputs: ItDeliveryInputs, years: number): number {
  return deliveredItPowerFromFactorsW(
    inputs,
    arrayDegradationFactor(inputs.degradationPerYear, years),
    survivingFraction(inputs.failureRatePerYear, years),
  );
}

/**
 * `deliveredItPowerW` from the two factors time enters through: the array's
 * D(t) (`arrayDegradationFactor`) and the chips' exp(-lambda t) (`survivingFraction`).
 */
function deliveredItPowerFromFactorsW(inputs: ItDeliveryInputs, degradationFactor: number, survivingChipFraction: number): number {
  const { budget } = inputs;
  const usableW = Math.min(budget.satellitePowerW, inputs.arrayPowerW * degradationFactor * inputs.sunlitFraction);
  const powerCapW = computePowerAvailableW(budget, usableW) / (1 + budget.hostOverheadFraction);
  const chipsW = inputs.chips * survivingChipFraction * budget.chipPowerW;
  return Math.min(chipsW, powerCapW);
}

/** D(t) and exp(-lambda t) at the midpoints of the life's steps. */
interface LifeFactors {
  readonly degradation: Float64Array;
  readonly surviving: Float64Array;
}

/**
 * The life factors by degradation rate, failure rate and life: they do not
 * depend on the orbit or the array, so a sweep over those pays for the 800
 * powers and exponentials once.
 */
const lifeFactorsMemo = boundedMemo<LifeFactors>(64);

function lifeFactors(degradationPerYear: number, failureRatePerYear: number, lifetimeYears: number): LifeFactors {
  return lifeFactorsMemo(`${degradationPerYear}|${failureRatePerYear}|${lifetimeYears}`, () => {
    const degradation = new Float64Array(LIFE_STEPS);
    const surviving = new Float64Array(LIFE_STEPS);
    for (let step = 0; step < LIFE_STEPS; step++) {
      const years = ((step + 0.5) * lifetimeYears) / LIFE_STEPS;
      degradation[step] = arrayDegradationFactor(degradationPerYear, years);
      surviving[step] = survivingFraction(failureRatePerYear, years);
    }
    return { degradation, surviving };
  });
}

/**
 * Life-averaged delivered over installed accelerator power,
 * (1 / L) integral_0^L P_IT(t) dt / (N P_chip), by the midpoint rule
 * (`deliveredItPowerW`). With no power derating it is
 * (1 - exp(-lambda L)) / (lambda L) (`lifetimeAverageSurvivingFraction`).
 * @returns 0 to 1 (1 when no chip is installed, so per-kW figures stay finite)
 */
export function deliveredItFractionOverLife(inputs: ItDeliveryInputs): number {
  const installedW = inputs.chips * inputs.budget.chipPowerW;
  if (installedW <= 0) return 1;
  const { degradation, surviving } = lifeFactors(inputs.degradationPerYear, inputs.failureRatePerYear, inputs.lifetimeYears);
  let sum = 0;
  for (let step = 0; step < LIFE_STEPS; step++) sum += deliveredItPowerFromFactorsW(inputs, degradation[step]!, surviving[step]!);
  return sum / LIFE_STEPS / installedW;
}

/**
 * Array oversize factor for `size-for-end-of-life`: the end-of-life array must
 * carry the rated load P through the orbit with the longest eclipse,
 * k = max(1, P / orbitAverageLoad(P_array D(L), T, e_max)) (`orbitAverageLoadW`;
 * the reciprocal of the power block's `endOfLifeWorstOrbitPowerMarginX`).
 * @returns dimensionless, >= 1
 */
export function endOfLifeArrayOversize(
  ratedPowerW: number,
  arrayPowerW: number,
  degradationPerYear: number,
  lifetimeYears: number,
  periodS: number,
  longestEclipseS: number,
): number {
  const endOfLifeLoadW = orbitAverageLoadW(arrayPowerW * arrayDegradationFactor(degradationPerYear, lifetimeYears), periodS, longestEclipseS);
  return Math.max(1, ratedPowerW / endOfLifeLoadW);
}
