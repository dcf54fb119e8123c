/** Metres per scene unit in the cluster view (1 unit = 100 m). */
export const CLUSTER_VIEW_M_PER_UNIT = 100;

/**
 * Maps RIC (x radial, y along-track, z cross-track) to the cluster view's
 * scene axes: along-track to the right (+x), radial up (+y), cross-track
 * towards the viewer (+z). Writes 3 numbers at `offset`, scene units.
 */
export function ricToClusterScene(radialM: number, alongTrackM: number, crossTrackM: number, out: Float32Array | Float64Array, offset: number): void {
  out[offset] = alongTrackM / CLUSTER_VIEW_M_PER_UNIT;
  out[offset + 1] = radialM / CLUSTER_VIEW_M_PER_UNIT;
  out[offset + 2] = crossTrackM / CLUSTER_VIEW_M_PER_UNIT;
}
