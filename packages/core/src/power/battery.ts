/**
 * Battery capacity that carries a load through one eclipse without going
 * below its allowed depth of discharge: C = P_load x t_eclipse / DoD
 * (Larson & Wertz, *SMAD* 3rd ed., §11.4, battery sizing, with the
 * transmission efficiency folded into the load).
 * @param loadW load carried through the eclipse, W
 * @param eclipseS eclipse duration, s
 * @param depthOfDischarge usable fraction of the capacity, 0 to 1 (above 0)
 * @returns nameplate capacity, J
 */
export function eclipseBatteryCapacityJ(loadW: number, eclipseS: number, depthOfDischarge: number): number {
  return (loadW * eclipseS) / depthOfDischarge;
}
