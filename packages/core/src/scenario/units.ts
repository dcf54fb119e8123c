import type { createUnitMath } from './unitMath.ts';

/** The part of mathjs this module uses: units, plus the US dollar as a base unit. */
type UnitMath = ReturnType<typeof createUnitMath>;

/**
 * The unit library, once loaded. mathjs is 1,262 modules and costs 0.3 to 3 s
 * to load, and no shipped scenario uses a quantity string, so it is imported
 * only on demand (`loadQuantityUnits`): a command, a sweep worker or the app's
 * first paint that sees only numbers never pays for it.
 */
let unitMath: UnitMath | undefined;

/** How many quantity strings were refused because the library was not loaded (see `loadScenarioAsync`). */
let missedConversions = 0;

/**
 * Loads mathjs with only its units (tree-shaken) and the US dollar as a base
 * unit, so that prices like "1.8 USD/g" convert to USD/kg. Call it (once)
 * before converting quantity strings synchronously; `loadScenarioAsync` does
 * so by itself when a scenario holds one. Resolves at once when already loaded.
 */
export async function loadQuantityUnits(): Promise<void> {
  if (unitMath) return;
  const { createUnitMath: create } = await import('./unitMath.ts');
  unitMath ??= create();
}

/** Whether the unit library is loaded (quantity strings convert synchronously). */
export function quantityUnitsLoaded(): boolean {
  return unitMath !== undefined;
}

/** A counter that grows each time a quantity string is refused for want of the library. */
export function missedQuantityConversions(): number {
  return missedConversions;
}

/** Why a quantity string could not be converted. */
export type QuantityParseFailure = 'syntax' | 'incompatible' | 'not-finite' | 'units-not-loaded';

/**
 * Converts a quantity string such as "650 km" or "0.65 Mm" to a number in
 * `targetUnit` (a mathjs unit expression, e.g. "km", "USD/kg").
 * @returns the number, or the reason it failed ('units-not-loaded' until
 *   `loadQuantityUnits` has resolved)
 */
export function convertQuantityString(
  text: string,
  targetUnit: string,
): { ok: true; value: number } | { ok: false; reason: QuantityParseFailure } {
  if (!unitMath) {
    missedConversions++;
    return { ok: false, reason: 'units-not-loaded' };
  }
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
