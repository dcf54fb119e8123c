import { ECONOMICS_FIRST_YEAR, ECONOMICS_LAST_YEAR } from './breakEven.ts';
import { economicsInYear, perFlopMetrics, type EconomicsModel } from './economicsModel.ts';

/** One year of a projection: every figure a number, in the unit its name carries. */
// A type alias (not an interface) so that rows fit `NumericTable`'s index signature.
export type ProjectionRow = {
  readonly year: number;
  readonly cumulativeMassLaunchedKg: number;
  readonly launchPriceUsdPerKg: number;
  readonly orbitalUsdPerKwYear: number;
  readonly orbitalLaunchUsdPerKwYear: number;
  readonly orbitalHardwareUsdPerKwYear: number;
  readonly groundUsdPerKwYear: number;
  /** 1 when a kW of IT power costs no more in orbit than on the ground this year, else 0. */
  readonly orbitalCheaper: number;
  readonly orbitalEnergyPerFlopJ: number;
  readonly orbitalLifecycleEnergyPerFlopJ: number;
  readonly groundOperationalEnergyPerFlopJ: number;
  readonly groundLifecycleEnergyPerFlopJ: number;
  readonly orbitalCarbonPerFlopKgCo2e: number;
  readonly groundCarbonPerFlopKgCo2e: number;
};

/** The columns of a projection, in the order CSV and JSON write them. */
export const PROJECTION_COLUMNS = [
  'year',
  'cumulativeMassLaunchedKg',
  'launchPriceUsdPerKg',
  'orbitalUsdPerKwYear',
  'orbitalLaunchUsdPerKwYear',
  'orbitalHardwareUsdPerKwYear',
  'groundUsdPerKwYear',
  'orbitalCheaper',
  'orbitalEnergyPerFlopJ',
  'orbitalLifecycleEnergyPerFlopJ',
  'groundOperationalEnergyPerFlopJ',
  'groundLifecycleEnergyPerFlopJ',
  'orbitalCarbonPerFlopKgCo2e',
  'groundCarbonPerFlopKgCo2e',
] as const satisfies readonly (keyof ProjectionRow)[];

/** The years a projection covers, inclusive. */
export interface ProjectionYears {
  readonly fromYear: number;
  readonly toYear: number;
}

/** The years `solstice project` and the app's download cover by default. */
export const DEFAULT_PROJECTION_YEARS: ProjectionYears = { fromYear: 2025, toYear: 2060 };

/**
 * Checks a projection's year range against the range the models cover
 * (2020-2100) and returns it.
 * @throws RangeError naming the bad bound and the allowed range
 */
export function checkProjectionYears(years: ProjectionYears): ProjectionYears {
  const { fromYear, toYear } = years;
  for (const [name, value] of [['fromYear', fromYear], ['toYear', toYear]] as const) {
    if (!Number.isInteger(value) || value < ECONOMICS_FIRST_YEAR || value > ECONOMICS_LAST_YEAR) {
      throw new RangeError(`${name} ${value} must be a whole year from ${ECONOMICS_FIRST_YEAR} to ${ECONOMICS_LAST_YEAR}`);
    }
  }
  if (toYear < fromYear) throw new RangeError(`toYear ${toYear} is before fromYear ${fromYear}`);
  return years;
}

/** The rows of a projection from a resolved economics model, one per whole year. */
export function projectModel(model: EconomicsModel, years: ProjectionYears): ProjectionRow[] {
  const rows: ProjectionRow[] = [];
  for (let year = years.fromYear; year <= years.toYear; year++) {
    const economics = economicsInYear(model, year);
    const perFlop = perFlopMetrics(model, year);
    rows.push({
      year,
      cumulativeMassLaunchedKg: economics.cumulativeMassLaunchedKg,
      launchPriceUsdPerKg: economics.launchPriceUsdPerKg,
      orbitalUsdPerKwYear: economics.orbital.totalUsdPerKwYear,
      orbitalLaunchUsdPerKwYear: economics.orbital.launchUsdPerKwYear,
      orbitalHardwareUsdPerKwYear: economics.orbital.hardwareUsdPerKwYear,
      groundUsdPerKwYear: economics.ground.totalUsdPerKwYear,
      orbitalCheaper: economics.orbital.totalUsdPerKwYear <= economics.ground.totalUsdPerKwYear ? 1 : 0,
      orbitalEnergyPerFlopJ: perFlop.orbitalEnergyPerFlopJ,
      orbitalLifecycleEnergyPerFlopJ: perFlop.orbitalLifecycleEnergyPerFlopJ,
      groundOperationalEnergyPerFlopJ: perFlop.groundOperationalEnergyPerFlopJ,
      groundLifecycleEnergyPerFlopJ: perFlop.groundLifecycleEnergyPerFlopJ,
      orbitalCarbonPerFlopKgCo2e: perFlop.orbitalCarbonPerFlopKgCo2e,
      groundCarbonPerFlopKgCo2e: perFlop.groundCarbonPerFlopKgCo2e,
    });
  }
  return rows;
}
