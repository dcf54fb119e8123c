import { capitalRecoveryFactor } from './amortisation.ts';
import { lifetimeAverageSurvivingFraction } from '../compute/survival.ts';

/**
 * How a ground datacenter buys accelerators (`ground.chipPolicy`):
 * - `rolling-fleet` (default): each failed chip is replaced at once and every
 *   chip is retired at the chip life, so slot ages are staggered (the steady
 *   state of an operator refreshing continuously). It pays only for chip-years
 *   used, and it is the policy under which ground and orbit chip lines are
 *   equal for the same chip (see `rollingFleetChipPurchasesPerSlotYear`).
 * - `whole-fleet`: the fleet is bought together, failures replaced until the
 *   end of life, then everything (replacements included) is retired at once.
 */
export const GROUND_CHIP_POLICIES = ['rolling-fleet', 'whole-fleet'] as const;
export type GroundChipPolicy = (typeof GROUND_CHIP_POLICIES)[number];

/**
 * Chips bought per chip slot per year in a rolling fleet (renewal theory):
 * a chip leaves its slot at T = min(failure time, L) with failures
 * exponential at rate lambda, so E[T] = integral_0^L exp(-lambda t) dt =
 * (1 - exp(-lambda L)) / lambda = L s (s: `lifetimeAverageSurvivingFraction`),
 * and by the elementary renewal theorem the purchase rate is
 * 1 / E[T] = lambda / (1 - exp(-lambda L)) (e.g. Ross, Introduction to
 * Probability Models, 11th ed., Prop. 7.1). The identity
 * 1 / (L s) = lambda / (1 - exp(-lambda L)) is why a rolling ground fleet pays per
 * kW exactly what orbit pays per delivered kW for the same chip.
 * @param failureRatePerYear lambda, hard failures per chip per year, >= 0
 * @param chipLifeYears L, retirement age, years (> 0)
 * @returns chips per slot per year, 1/year (1 / L at lambda = 0)
 */
export function rollingFleetChipPurchasesPerSlotYear(failureRatePerYear: number, chipLifeYears: number): number {
  return 1 / (chipLifeYears * lifetimeAverageSurvivingFraction(failureRatePerYear, chipLifeYears));
}

/**
 * Chips bought per chip slot per year when the whole fleet is bought and retired
 * together: one chip at the start plus the Poisson replacements of a slot kept
 * full, lambda L, over the life: (1 + lambda L) / L.
 * @param failureRatePerYear lambda, 1/year, >= 0
 * @param chipLifeYears L, years (> 0)
 * @returns chips per slot per year, 1/year
 */
export function wholeFleetChipPurchasesPerSlotYear(failureRatePerYear: number, chipLifeYears: number): number {
  return 1 / chipLifeYears + failureRatePerYear;
}

/** Chip purchases per slot per year under a ground policy, 1/year. */
export function groundChipPurchasesPerSlotYear(policy: GroundChipPolicy, failureRatePerYear: number, chipLifeYears: number): number {
  return policy === 'rolling-fleet'
    ? rollingFleetChipPurchasesPerSlotYear(failureRatePerYear, chipLifeYears)
    : wholeFleetChipPurchasesPerSlotYear(failureRatePerYear, chipLifeYears);
}

/**
 * Ground chip cost per kW of accelerator power per year: C x purchases per
 * slot-year x CRF(r, L) L, with C = chip USD/W x 1,000 W. The factor CRF(r, L) L
 * (1 at r = 0) turns the straight-line purchase rate into a level payment at the
 * discount rate, as if each chip's price were financed over the chip life (exact
 * for lambda = 0, an approximation for replacements bought mid-life).
 * @param chipUsdPerKw chip cost per kW of chip power, USD/kW
 * @param discountRate annual discount rate, >= 0
 * @returns USD per kW of accelerator power per year
 */
export function groundChipsUsdPerKwYear(
  policy: GroundChipPolicy,
  chipUsdPerKw: number,
  failureRatePerYear: number,
  chipLifeYears: number,
  discountRate: number,
): number {
  const financing = capitalRecoveryFactor(discountRate, chipLifeYears) * chipLifeYears;
  return chipUsdPerKw * groundChipPurchasesPerSlotYear(policy, failureRatePerYear, chipLifeYears) * financing;
}

/**
 * Orbital chip cost per kW of *delivered* accelerator power per year: every
 * chip is bought at launch and never replaced, and a failed satellite is
 * replaced with its chips, so C (CRF(r, L) + f_sat) / f, with f the
 * life-averaged delivered IT fraction (`deliveredItFractionOverLife`; with no
 * power derating f = (1 - exp(-lambda L)) / (lambda L)).
 * @param chipUsdPerKw chip cost per kW of installed chip power, USD/kW
 * @param satelliteFailuresPerYear satellites lost and replaced per year, 1/year
 * @param deliveredItFraction life-averaged delivered over installed IT power, (0, 1]
 * @returns USD per kW of delivered accelerator power per year
 */
export function orbitalChipsUsdPerKwYear(
  chipUsdPerKw: number,
  lifetimeYears: number,
  discountRate: number,
  satelliteFailuresPerYear: number,
  deliveredItFraction: number,
): number {
  return (chipUsdPerKw * (capitalRecoveryFactor(discountRate, lifetimeYears) + satelliteFailuresPerYear)) / deliveredItFraction;
}
