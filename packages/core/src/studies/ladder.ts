import { SOLAR_CONSTANT_W_PER_M2 } from '../constants.ts';
import { launchPriceUsdPerKgInYear } from '../launch/launchPrice.ts';
import { resolveDownlinkStations } from '../resolve/downlink.ts';
import { applyOverrides } from '../scenario/overrides.ts';
import type { Scenario } from '../scenario/schema.ts';
import { validateScenario } from '../scenario/validate.ts';
import { economicsReferenceFigure, GROUND_STATIONS } from '../referenceData.ts';
import { scenarioWithValues } from '../uncertainty/uncertainInputs.ts';
import { costSnapshot, type CostSnapshot } from './costSnapshot.ts';
import { scenarioEconomics } from '../resolve/economics.ts';
import { scenarioNumberAt, solveBreakEven, type BreakEvenSolution, type NoBreakEven } from './solveBreakEven.ts';

const bound = (id: string): number => economicsReferenceFigure('ladder', id).value;

/** The levers of the ladder to viability, in the order `ladder` applies them by default. */
export const LADDER_LEVER_IDS = ['launch-price', 'satellite-hardware', 'array-specific-power', 'radiator-areal-density', 'utilization', 'chip-failure-rate', 'ground-stations', 'relay'] as const;
/** Levers on the ground segment: discrete (a station list, a relay mode), so no `solveBreakEven` for them. */
export const DISCRETE_LADDER_LEVER_IDS: readonly LadderLeverId[] = ['ground-stations', 'relay'];
export type LadderLeverId = (typeof LADDER_LEVER_IDS)[number];

/** One lever: the scenario field it moves and the aggressive bound it moves to (`seeds/ladder.json`). */
export interface LadderLever {
  readonly id: LadderLeverId;
  readonly label: string;
  /** The dotted scenario path the lever sets. */
  readonly path: string;
  /**
   * For a discrete lever: the scenario with the lever at its bound, and the
   * lever's value before and after (a count, or a mode), in `unit`.
   */
  readonly apply?: (scenario: Scenario) => { readonly scenario: Scenario; readonly from: number | string; readonly to: number | string };
  /** The path's unit. */
  readonly unit: string;
  /** Which way is better for orbit: the lever never moves the field the other way. */
  readonly direction: 'down' | 'up';
  /** The aggressive bound, in the path's unit. */
  readonly bound: number;
  /** What the bound is, in its own unit, and its source (`seeds/ladder.json`). */
  readonly boundNote: string;
  /** Why the lever cannot move this scenario's cost, where it cannot. */
  readonly inert?: string;
}

/**
 * The levers resolved against a scenario: the hardware lever sets
 * `economics.satelliteHardwareUsdPerW` where the scenario prices per W, else the
 * per-kg price; the array lever sets `satellite.arrayKgPerM2` to the areal
 * density giving the bound specific power at AM0, rho = S0 eta / (W/kg).
 */
export function ladderLevers(scenario: Scenario): LadderLever[] {
  const note = (id: string): string => {
    const figure = economicsReferenceFigure('ladder', id);
    return `${figure.value} ${figure.unit} (${figure.source})`;
  };
  const perW = scenario.economics.satelliteHardwareUsdPerW !== undefined;
  const massFixed = scenario.satellite.massKg === undefined ? {} : { inert: 'satellite.massKg is given, so subsystem masses do not enter the cost' };
  const hardwareId = perW ? 'ladder.hardwarePerW' : 'ladder.hardwarePerKg';
  return [
    { id: 'launch-price', label: 'Launch price', path: 'launch.priceUsdPerKg', unit: 'USD/kg', direction: 'down', bound: bound('ladder.launchPrice'), boundNote: note('ladder.launchPrice') },
    {
      id: 'satellite-hardware',
      label: 'Satellite hardware',
      path: perW ? 'economics.satelliteHardwareUsdPerW' : 'economics.satelliteHardwareUsdPerKg',
      unit: perW ? 'USD/W' : 'USD/kg',
      direction: 'down',
      bound: bound(hardwareId),
      boundNote: note(hardwareId),
    },
    {
      id: 'array-specific-power',
      label: 'Array specific power',
      path: 'satellite.arrayKgPerM2',
      unit: 'kg/m^2',
      direction: 'down',
      bound: (SOLAR_CONSTANT_W_PER_M2 * scenario.satellite.cellEfficiency) / bound('ladder.arraySpecificPower'),
      boundNote: note('ladder.arraySpecificPower'),
      ...massFixed,
    },
    { id: 'radiator-areal-density', label: 'Radiator areal density', path: 'satellite.radiatorKgPerM2', unit: 'kg/m^2', direction: 'down', bound: bound('ladder.radiatorArealDensity'), boundNote: note('ladder.radiatorArealDensity'), ...massFixed },
    { id: 'utilization', label: 'Utilisation', path: 'compute.utilization', unit: '1', direction: 'up', bound: bound('ladder.utilization'), boundNote: note('ladder.utilization') },
    { id: 'chip-failure-rate', label: 'Chip failure rate', path: 'compute.failureRatePerYear', unit: '1/year', direction: 'down', bound: bound('ladder.chipFailureRate'), boundNote: note('ladder.chipFailureRate') },
    {
      id: 'ground-stations',
      label: 'Ground stations',
      path: 'downlink.stations',
      unit: 'stations',
      direction: 'up',
      bound: Object.keys(GROUND_STATIONS).length,
      boundNote: note('ladder.groundStations'),
      apply: withEveryReferenceStation,
    },
    {
      id: 'relay',
      label: 'Relay via constellation',
      path: 'downlink.relay',
      unit: '',
      direction: 'up',
      bound: 1,
      boundNote: `constellation (${economicsReferenceFigure('ladder', 'ladder.relay').source})`,
      apply: (s) => ({ scenario: setField(s, 'downlink.relay', 'constellation'), from: s.downlink.relay, to: 'constellation' }),
      inert: 'the relay pools the clusters\' contact, which shortens the longest gap and the buffer, but not the year-average rate each cluster gets (docs/downlink.md)',
    },
  ];
}

function setField(scenario: Scenario, path: string, value: unknown): Scenario {
  return validateScenario(applyOverrides(scenario, [{ path, value }]));
}

/**
 * The ground-station lever: the scenario's stations plus every reference preset
 * (seeds/downlink.json) not already among them (by name), never fewer.
 */
export function withEveryReferenceStation(scenario: Scenario): { scenario: Scenario; from: number; to: number } {
  const names = new Set(resolveDownlinkStations(scenario).map((station) => station.name));
  const added = Object.entries(GROUND_STATIONS)
    .filter(([, station]) => !names.has(station.name))
    .map(([id]) => id);
  const stations = [...scenario.downlink.stations, ...added];
  return { scenario: added.length === 0 ? scenario : setField(scenario, 'downlink.stations', stations), from: scenario.downlink.stations.length, to: stations.length };
}

/**
 * The lever's field in the scenario in `year`: the field's value, or for an
 * unset launch price the learning-curve price of the year.
 */
export function leverValue(scenario: Scenario, lever: LadderLever, year: number): number {
  const own = scenarioNumberAt(scenario, lever.path);
  if (own !== undefined) return own;
  if (lever.path === 'launch.priceUsdPerKg') return launchPriceUsdPerKgInYear(scenarioEconomics(scenario).model.launch, year);
  throw new RangeError(`lever ${lever.id}: the scenario has no value at ${lever.path}`);
}

/** A lever applied: the scenario with the lever at its bound (never backwards), and the value before and after. */
export function applyLever(scenario: Scenario, lever: LadderLever, year: number): { scenario: Scenario; from: number | string; to: number | string } {
  if (lever.apply) return lever.apply(scenario);
  const from = leverValue(scenario, lever, year);
  const to = leverTarget(lever, from);
  return { scenario: scenarioWithValues(scenario, [lever.path], [to]), from, to };
}

/** The value a lever moves its field to: the bound, unless the scenario is already past it (then unchanged). */
export function leverTarget(lever: LadderLever, current: number): number {
  return lever.direction === 'down' ? Math.min(current, lever.bound) : Math.max(current, lever.bound);
}

/** One rung: the levers applied so far and the costs after them. */
export interface LadderRow extends CostSnapshot {
  /** null for the scenario as given (row 0). */
  readonly lever: LadderLeverId | null;
  readonly label: string;
  readonly path?: string;
  readonly unit?: string;
  readonly fromValue?: number | string;
  readonly toValue?: number | string;
  readonly boundNote?: string;
  readonly inert?: string;
}

/** One lever on its own: at its bound, and the value (if any) at which it alone closes the gap. */
export interface LeverAlone {
  readonly lever: LadderLeverId;
  readonly label: string;
  /** Costs with only this lever at its bound. */
  readonly atBound: CostSnapshot;
  /** Whether this lever alone, at its bound, makes orbit no dearer than ground. */
  readonly closesGapAtBound: boolean;
  /** Whether this lever alone, at its bound, makes orbit's cost per EFLOP reaching Earth no dearer than ground's. */
  readonly closesDeliveredGapAtBound: boolean;
  /** `solveBreakEven` over the field's whole allowed range, from the scenario as given (absent for a discrete lever). */
  readonly solve?: BreakEvenSolution | NoBreakEven;
  /** `solveBreakEven` from the top of the ladder (every other lever at its bound): what this lever must reach to close what gap remains (absent for a discrete lever). */
  readonly solveAtTop?: BreakEvenSolution | NoBreakEven;
}

/** The ladder to viability of a scenario in a year. */
export interface Ladder {
  readonly year: number;
  readonly rows: readonly LadderRow[];
  /** Each lever alone (only when asked for: it runs a root search per lever). */
  readonly alone?: readonly LeverAlone[];
  /** The first lever after which orbit's cost per EFLOP reaching Earth is no more than ground's (`orbitToGroundDeliveredCostRatio` <= 1); absent if none. */
  readonly viableAfter?: LadderLeverId;
}

/**
 * The ladder to viability: the levers applied one after another, each moving its
 * field from the scenario's value to its aggressive bound (never backwards),
 * with `costSnapshot` after each. The last row is the scenario with every lever
 * applied at once. With `alone`, also each lever on its own at its bound and
 * `solveBreakEven` for its field, from the scenario as given and from the top
 * of the ladder.
 * @param order lever ids in the order to apply them (default `LADDER_LEVER_IDS`)
 */
export function ladderToViability(
  scenario: Scenario,
  year: number = scenario.year,
  order: readonly LadderLeverId[] = LADDER_LEVER_IDS,
  options: { readonly alone?: boolean } = {},
): Ladder {
  const levers = ladderLevers(scenario);
  const byId = new Map(levers.map((lever) => [lever.id, lever]));
  const atYear = scenarioWithValues(scenario, ['year'], [year]);
  const rows: LadderRow[] = [{ lever: null, label: 'Scenario as given', ...costSnapshot(atYear, year) }];
  let current = atYear;
  let viableAfter: LadderLeverId | undefined;
  for (const id of order) {
    const lever = byId.get(id);
    if (!lever) throw new RangeError(`unknown lever "${id}" (one of ${LADDER_LEVER_IDS.join(', ')})`);
    const moved = applyLever(current, lever, year);
    current = moved.scenario;
    const row: LadderRow = { lever: id, label: lever.label, path: lever.path, unit: lever.unit, fromValue: moved.from, toValue: moved.to, boundNote: lever.boundNote, ...(lever.inert ? { inert: lever.inert } : {}), ...costSnapshot(current, year) };
    rows.push(row);
    if (viableAfter === undefined && row.orbitToGroundDeliveredCostRatio <= 1) viableAfter = id;
  }
  const alone = options.alone
    ? order.map((id): LeverAlone => {
        const lever = byId.get(id)!;
        const atBound = costSnapshot(applyLever(atYear, lever, year).scenario, year);
        const discrete = lever.apply !== undefined;
        return {
          lever: id,
          label: lever.label,
          atBound,
          closesGapAtBound: atBound.orbitToGroundCostRatio <= 1,
          closesDeliveredGapAtBound: atBound.orbitToGroundDeliveredCostRatio <= 1,
          ...(discrete ? {} : { solve: solveBreakEven(atYear, lever.path, year), solveAtTop: solveBreakEven(current, lever.path, year) }),
        };
      })
    : undefined;
  return { year, rows, ...(alone ? { alone } : {}), ...(viableAfter ? { viableAfter } : {}) };
}

/** Type guard for a lever id given on the command line. */
export function isLadderLeverId(id: string): id is LadderLeverId {
  return (LADDER_LEVER_IDS as readonly string[]).includes(id);
}
