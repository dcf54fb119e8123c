import { log2 } from '../math.ts';

/** A reference point and learning rate of Wright's law for launch prices. */
export interface LearningCurve {
  /** Price at the reference point, USD/kg. */
  readonly referencePriceUsdPerKg: number;
  /** Cumulative mass launched at the reference point, kg. */
  readonly referenceCumulativeMassKg: number;
  /** Fractional price drop per doubling of cumulative mass, 0 to 1 (0.2 = 20 %). */
  readonly learningRate: number;
}

/**
 * Wright's-law exponent b = log2(1 - learning rate) (Wright 1936, J. Aeronaut.
 * Sci. 3(4); the Suncatcher paper's section 2.4 uses 20 %: b = -0.322).
 * @param learningRate fractional price drop per doubling, 0 to 1
 */
export function wrightLawExponent(learningRate: number): number {
  return log2(1 - learningRate);
}

/**
 * Doublings of cumulative mass from the reference point: log2(M / M_ref).
 * @param cumulativeMassKg cumulative mass launched, kg
 */
export function cumulativeMassDoublings(curve: LearningCurve, cumulativeMassKg: number): number {
  return log2(cumulativeMassKg / curve.referenceCumulativeMassKg);
}

/**
 * Launch price by Wright's law: P = P_ref (M / M_ref)^b, b = log2(1 - LR).
 * @param cumulativeMassKg cumulative mass launched, kg (> 0)
 * @returns price, USD/kg
 */
export function wrightLawPriceUsdPerKg(curve: LearningCurve, cumulativeMassKg: number): number {
  return (
    curve.referencePriceUsdPerKg *
    (cumulativeMassKg / curve.referenceCumulativeMassKg) ** wrightLawExponent(curve.learningRate)
  );
}

/**
 * Cumulative mass at which Wright's law reaches a price: the inverse
 * M = M_ref (P / P_ref)^(1/b).
 * @param priceUsdPerKg target price, USD/kg
 * @returns cumulative mass, kg
 */
export function cumulativeMassForPriceKg(curve: LearningCurve, priceUsdPerKg: number): number {
  return (
    curve.referenceCumulativeMassKg *
    (priceUsdPerKg / curve.referencePriceUsdPerKg) ** (1 / wrightLawExponent(curve.learningRate))
  );
}
