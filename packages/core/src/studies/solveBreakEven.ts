import { scenarioSchema, type Scenario } from '../scenario/schema.ts';
import { numericFieldSpec } from '../scenario/sections/uncertainty.ts';
import { scenarioWithValues } from '../uncertainty/uncertainInputs.ts';
import { groundCost, orbitalCostInYear } from '../economics/economicsModel.ts';
import { scenarioEconomics } from '../resolve/economics.ts';

/** Orbital and ground full cost of one scenario in one year, USD per kW of delivered IT power per year. */
export interface CostPair {
  readonly orbitalUsdPerKwYear: number;
  readonly groundUsdPerKwYear: number;
}

/** A value of one input at which orbit costs what the ground does. */
export interface BreakEvenSolution extends CostPair {
  readonly found: true;
  /** The dotted scenario path solved for. */
  readonly path: string;
  /** The value, in the path's unit (whole for whole-number fields: the first where orbit is no dearer). */
  readonly value: number;
  readonly year: number;
}

/** No value in the field's range closes the gap: the side that stays cheaper, and the costs at both ends of the range. */
export interface NoBreakEven {
  readonly found: false;
  readonly path: string;
  readonly year: number;
  readonly cheaperSide: 'orbit' | 'ground';
  readonly min: number;
  readonly max: number;
  readonly atMin: CostPair;
  readonly atMax: CostPair;
}

/** The inputs the app's "what would it take" panel and `solstice assumptions` solve for by default. */
export const KEY_BREAK_EVEN_INPUTS = [
  'launch.priceUsdPerKg',
  'economics.satelliteHardwareUsdPerKg',
  'compute.failureRatePerYear',
  'ground.electricityUsdPerKwh',
  'satellite.lifetimeYears',
] as const;

/** Points of the coarse scan that brackets sign changes before bisection. */
const SCAN_POINTS = 24;
/** Bisection steps: the bracket shrinks 2^-60, below double precision of any allowed range. */
const BISECTION_STEPS = 60;

/** Orbital and ground full cost of a validated scenario in `year`. */
export function costPairInYear(scenario: Scenario, year: number): CostPair {
  const { model } = scenarioEconomics(scenario);
  return { orbitalUsdPerKwYear: orbitalCostInYear(model, year).totalUsdPerKwYear, groundUsdPerKwYear: groundCost(model, year).totalUsdPerKwYear };
}

/**
 * The value of one numeric scenario input at which a kW of delivered IT power
 * costs the same in orbit as on the ground in `year` ("what would it take"):
 * the difference orbit - ground is scanned on 24 points across the field's
 * allowed range (geometric when the range spans more than two decades above 0),
 * the sign change nearest the scenario's own value is kept, and bisection
 * narrows it to double precision. Every trial value passes the scenario schema
 * like a `--set`.
 * @param path dotted path of a numeric scenario field (`launch.priceUsdPerKg`)
 * @param year calendar year, 2020 to 2100 (default: the scenario's `year`)
 * @throws RangeError when the path is not a numeric scenario field
 * @example
 * ```ts
 * solveBreakEven(loadScenario({ preset: 'suncatcher' }), 'launch.priceUsdPerKg', 2035);
 * ```
 */
export function solveBreakEven(scenario: Scenario, path: string, year: number = scenario.year): BreakEvenSolution | NoBreakEven {
  const spec = numericFieldSpec(scenarioSchema, path);
  if (!spec) throw new RangeError(`"${path}" is not a numeric scenario field (try launch.priceUsdPerKg, ground.electricityUsdPerKwh)`);
  const atYear = scenarioWithValues(scenario, ['year'], [year]);
  const integer = spec.integer === true;
  const costsAt = (value: number): CostPair => costPairInYear(scenarioWithValues(atYear, [path], [value]), year);
  const gap = (costs: CostPair): number => costs.orbitalUsdPerKwYear - costs.groundUsdPerKwYear;
  const geometric = spec.min > 0 && spec.max / spec.min > 100;
  const grid: number[] = [];
  for (let i = 0; i < SCAN_POINTS; i++) {
    const t = i / (SCAN_POINTS - 1);
    const value = geometric ? spec.min * (spec.max / spec.min) ** t : spec.min + t * (spec.max - spec.min);
    grid.push(integer ? Math.round(value) : Math.min(spec.max, Math.max(spec.min, value)));
  }
  grid[0] = spec.min;
  grid[SCAN_POINTS - 1] = spec.max;
  const gaps = grid.map((value) => gap(costsAt(value)));
  const current = scenarioNumberAt(scenario, path) ?? Number.NaN;
  // The bracket nearest the scenario's own value (the lowest when the field is unset).
  const distance = (i: number): number => (Number.isFinite(current) ? Math.min(Math.abs(grid[i]! - current), Math.abs(grid[i + 1]! - current)) : i);
  let bestIndex: number | undefined;
  for (let i = 0; i + 1 < SCAN_POINTS; i++) {
    const [a, b] = [gaps[i]!, gaps[i + 1]!];
    const crosses = a === 0 || Math.sign(a) !== Math.sign(b);
    if (crosses && (bestIndex === undefined || distance(i) < distance(bestIndex))) bestIndex = i;
  }
  const best = bestIndex === undefined ? undefined : [grid[bestIndex]!, grid[bestIndex + 1]!];
  if (!best) {
    const atMin = costsAt(spec.min);
    return { found: false, path, year, cheaperSide: gaps[0]! > 0 ? 'ground' : 'orbit', min: spec.min, max: spec.max, atMin, atMax: costsAt(spec.max) };
  }
  let [low, high] = best as [number, number];
  const lowSign = Math.sign(gap(costsAt(low)));
  for (let step = 0; step < BISECTION_STEPS; step++) {
    if (integer && high - low <= 1) break;
    const middle = integer ? Math.floor((low + high) / 2) : (low + high) / 2;
    if (middle === low || middle === high) break;
    if (Math.sign(gap(costsAt(middle))) === lowSign) low = middle;
    else high = middle;
  }
  // Whole numbers: the end of the final bracket where orbit is no dearer; otherwise the nearer end to the root.
  const value = integer ? (gap(costsAt(low)) <= 0 ? low : high) : (low + high) / 2;
  return { found: true, path, value, year, ...costsAt(value) };
}

/**
 * "What would it take" for several inputs at once: `solveBreakEven` for each
 * path in `year` (default: the key inputs of `KEY_BREAK_EVEN_INPUTS`).
 */
export function whatWouldItTake(
  scenario: Scenario,
  year: number = scenario.year,
  paths: readonly string[] = KEY_BREAK_EVEN_INPUTS,
): (BreakEvenSolution | NoBreakEven)[] {
  return paths.map((path) => solveBreakEven(scenario, path, year));
}

/**
 * The scenario's own value of a numeric path (its default when unset), or
 * undefined where the field is optional and unset (`launch.priceUsdPerKg`
 * without a fixed price).
 */
export function scenarioNumberAt(scenario: Scenario, path: string): number | undefined {
  const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], scenario);
  return typeof value === 'number' ? value : undefined;
}
