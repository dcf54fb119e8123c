/**
 * Formation flight of the cluster: frames, lattice, relative motion (HCW and
 * Schweighart-Sedwick J2), the breathing design and its integration check against DOP853.
 * Frame convention (see `frames.ts`): RIC x radial outward, y along-track,
 * z cross-track (orbit normal).
 */
export * from './frames.ts';
export * from './lattice.ts';
export * from './relativeMotion.ts';
export * from './schweighartSedwick.ts';
export * from './j2MeanMotion.ts';
export * from './design.ts';
export * from './referenceOrbit.ts';
export * from './dop853.ts';
export * from './twoBodyJ2.ts';
export * from './initialState.ts';
export * from './integrationCheck.ts';
export * from './geometry.ts';
export * from './ephemeris.ts';
export * from './tle.ts';
export * from './czml.ts';
export * from './perturbations.ts';
export * from './control.ts';
