/**
 * @solstice/core: the physics and economics of orbital AI compute, in SI units.
 *
 * Two tiers (as poliastro's `core/` and `twobody/`): kernels in the domain
 * folders take plain numbers or Float64Arrays in SI units and do not validate,
 * so hot loops stay fast; the scenario layer validates once (zod) and converts
 * units, and `evaluate/` turns a validated scenario into plain result objects.
 */
export * from './constants.ts';
export * from './math.ts';
export * from './seeds.ts';

export * from './orbit/circularOrbit.ts';
export * from './orbit/sunSynchronous.ts';
export * from './orbit/sunDirection.ts';
export * from './orbit/sunlight.ts';
export * from './orbit/orbitPlane.ts';

export * from './launch/wrightsLaw.ts';
export * from './launch/cadence.ts';
export * from './launch/cadencePresets.ts';
export * from './economics/launchedPower.ts';
export * from './ground/groundPower.ts';

export * from './formation/index.ts';

export * from './scenario/schema.ts';
export * from './scenario/errors.ts';
export * from './scenario/validate.ts';
export * from './scenario/overrides.ts';
export * from './scenario/jsonSchema.ts';
export * from './scenario/sections/uncertainty.ts';

export * from './uncertainty/index.ts';
export * from './sweep/index.ts';

export * from './evaluate/index.ts';
export * from './evaluate/orbit.ts';
export * from './evaluate/economics.ts';
