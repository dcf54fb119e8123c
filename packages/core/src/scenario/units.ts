import { create, createUnitDependencies, unitDependencies } from 'mathjs';

/**
 * A mathjs instance with only units (tree-shaken), plus the US dollar as a
 * base unit so that prices like "1.8 USD/g" convert to USD/kg.
 */
const unitMath = create({ unitDependencies: unitDependencies!, createUnitDependencies: createUnitDependencies! });
unitMath.createUnit('USD');

/** Why a quantity string could not be converted. */
export type QuantityParseFailure = 'syntax' | 'incompatible' | 'not-finite';

/**
 * Converts a quantity string such as "650 km" or "0.65 Mm" to a number in
 * `targetUnit` (a mathjs unit expression, e.g. "km", "USD/kg").
 * @returns the number, or the reason it failed
 */
export function convertQuantityString(
  text: string,
  targetUnit: string,
): { ok: true; value: number } | { ok: false; reason: QuantityParseFailure } {
  let parsed;
  try {
    parsed = unitMath.unit(text.trim());
  } catch {
    return { ok: false, reason: 'syntax' };
  }
  if (parsed.units.length === 0) return { ok: false, reason: 'syntax' };
  let value: number;
  try {
    value = parsed.toNumber(targetUnit);
  } catch {
    return { ok: false, reason: 'incompatible' };
  }
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'not-finite' };
}
