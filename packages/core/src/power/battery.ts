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

/**
 * Continuous load an array can carry through one orbit, with the battery
 * recharged in sunlight: energy balance P_array t_sun = P_load T, so
 * P_load = P_array (T - t_eclipse) / T (battery losses neglected: an upper bound).
 * @param arrayPowerW array power in full sun, W
 * @param periodS orbital period T, s
 * @param eclipseS eclipse duration of that orbit, s (0 to T)
 * @returns sustainable continuous load, W
 */
export function orbitAverageLoadW(arrayPowerW: number, periodS: number, eclipseS: number): number {
  return (arrayPowerW * (periodS - eclipseS)) / periodS;
}
