import { cumulativeMassKgInYear, type CumulativeMassPoint } from './cadence.ts';
import { wrightLawPriceUsdPerKg, type LearningCurve } from './wrightsLaw.ts';

/** How a launch price is set for a year: a fixed price, or Wright's law on a cadence, above a floor. */
export interface LaunchPriceModel {
  /** Fixed price, USD/kg; when set, it applies to every year and the curve is not used. */
  readonly fixedPriceUsdPerKg: number | undefined;
  readonly curve: LearningCurve;
  /** Cumulative mass launched by year. */
  readonly cadence: readonly CumulativeMassPoint[];
  /**
   * Cost floor the learning curve cannot cross, USD/kg: the Suncatcher paper's
   * Starship cost model (section 2.4) puts propellant at about 8 USD/kg, 10x
   * reuse at <= 60 USD/kg and an expendable vehicle at about 460 USD/kg.
   */
  readonly floorUsdPerKg: number;
}

/**
 * Launch price in a year: the fixed price if given, otherwise Wright's law on
 * the cumulative mass launched by then, bounded below by the cost floor,
 * max(P_ref (M(year) / M_ref)^b, floor).
 * @param year calendar year (fractional allowed)
 * @returns USD/kg
 */
export function launchPriceUsdPerKgInYear(model: LaunchPriceModel, year: number): number {
  if (model.fixedPriceUsdPerKg !== undefined) return model.fixedPriceUsdPerKg;
  const learned = wrightLawPriceUsdPerKg(model.curve, cumulativeMassKgInYear(model.cadence, year));
  return learned > model.floorUsdPerKg ? learned : model.floorUsdPerKg;
}
