import { create, createUnitDependencies, unitDependencies } from 'mathjs';

/**
 * Creates a mathjs instance with only units (tree-shaken), plus the US dollar
 * as a base unit so that prices like "1.8 USD/g" convert to USD/kg. Its own
 * module so that `units.ts` imports it (and mathjs) only on demand, and a
 * bundler splits it off into a chunk of its own.
 */
export function createUnitMath() {
  const math = create({ unitDependencies: unitDependencies!, createUnitDependencies: createUnitDependencies! });
  math.createUnit('USD');
  return math;
}
