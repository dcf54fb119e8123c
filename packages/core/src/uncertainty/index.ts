/** Uncertainty: input distributions, seeded Monte Carlo and Latin hypercube sampling, percentiles, tornado and Sobol' sensitivity. */
export * from '../probability/normal.ts';
export * from '../probability/distributions.ts';
export * from '../probability/random.ts';
export * from './latinHypercube.ts';
export * from './percentiles.ts';
export * from './uncertainInputs.ts';
export * from './monteCarlo.ts';
export * from './tornado.ts';
export * from './sampledProjection.ts';
export * from './sobol.ts';
export * from './sobolScenario.ts';
export * from './sensitivityMetrics.ts';
export * from './sobolSequence.ts';
