import { SOLAR_CONSTANT_W_PER_M2 } from '../constants.ts';

/**
 * Electrical power of a sun-tracking solar array in full sun:
 * P = S x A x eta x PF, with S the irradiance, A the array area, eta the cell
 * efficiency and PF the packing factor (cell area over array area) (Larson &
 * Wertz, *SMAD* 3rd ed., §11.4, at normal incidence, before degradation).
 * @param areaM2 array area, m^2
 * @param cellEfficiency cell conversion efficiency, 0 to 1
 * @param packingFactor cell area over array area, 0 to 1
 * @param irradianceWPerM2 solar irradiance, W/m^2 (default: 1,361 W/m^2 at 1 au)
 * @returns array power, W
 */
export function solarArrayPowerW(
  areaM2: number,
  cellEfficiency: number,
  packingFactor: number,
  irradianceWPerM2: number = SOLAR_CONSTANT_W_PER_M2,
): number {
  return irradianceWPerM2 * areaM2 * cellEfficiency * packingFactor;
}

/**
 * The array area that gives a power in full sun: A = P / (S x eta x PF), the
 * inverse of `solarArrayPowerW`.
 * @param powerW array power wanted, W
 * @param cellEfficiency cell conversion efficiency, 0 to 1 (above 0)
 * @param packingFactor cell area over array area, 0 to 1 (above 0)
 * @param irradianceWPerM2 solar irradiance, W/m^2 (default: 1,361 W/m^2)
 * @returns array area, m^2
 */
export function solarArrayAreaForPowerM2(
  powerW: number,
  cellEfficiency: number,
  packingFactor: number,
  irradianceWPerM2: number = SOLAR_CONSTANT_W_PER_M2,
): number {
  return powerW / (irradianceWPerM2 * cellEfficiency * packingFactor);
}
