import { SOLAR_CONSTANT_W_PER_M2, SOLAR_STC_IRRADIANCE_W_PER_M2 } from '../constants.ts';

/**
 * Annual energy of a square metre of cells in orbit over the same square metre
 * on the ground: (S x f_sun) / (G_STC x CF). In orbit a sun-tracking array sees
 * the solar constant S for the sunlit fraction f_sun of the year; on the ground
 * a module rated at the standard test irradiance G_STC = 1,000 W/m^2 yields its
 * rating times the capacity factor CF (weather, night, Sun angle, losses).
 * Cell efficiency and degradation are taken equal in both places and cancel.
 * The paper says "up to 8x" (Agüera y Arcas et al., arXiv:2511.19468, §1).
 * @param sunlitFraction time-averaged fraction of the year in sunlight, 0 to 1
 * @param groundCapacityFactor annual energy / (rating x 8,760 h) of the ground site, above 0
 * @returns ratio of annual yields per m^2, orbit over ground
 */
export function orbitToGroundYieldRatio(sunlitFraction: number, groundCapacityFactor: number): number {
  return (SOLAR_CONSTANT_W_PER_M2 * sunlitFraction) / (SOLAR_STC_IRRADIANCE_W_PER_M2 * groundCapacityFactor);
}
