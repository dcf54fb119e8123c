/**
 * Optical inter-satellite links and the cluster network they form (the
 * paper's sections 2.1 and 4.2): link budget from the near field to the far
 * field, DWDM and spatial multiplexing, and capacity, bisection bandwidth and
 * hop counts of the lattice network over an orbit. SI units throughout.
 */
export * from './decibels.ts';
export * from './aperture.ts';
export * from './photons.ts';
export * from './linkBudget.ts';
export * from './dwdm.ts';
export * from './spatialMultiplexing.ts';
export * from './crosstalk.ts';
export * from './capacity.ts';
export * from './linkGraph.ts';
export * from './bisection.ts';
export * from './hops.ts';
export * from './podComparison.ts';
export * from './clusterNetwork.ts';
export * from './linkColour.ts';
