/**
 * Physical and conventional constants, each named by quantity, unit and source.
 * Every model reads them from here; none is inlined elsewhere.
 */

/** Earth's gravitational parameter GM, m^3/s^2 (WGS-84 / EGM-96). */
export const EARTH_MU_M3_PER_S2 = 3.986004418e14;

/** Earth's equatorial radius, m (WGS-84). */
export const EARTH_EQUATORIAL_RADIUS_M = 6_378_137;

/**
 * Earth's second zonal harmonic J2, dimensionless (EGM-96: unnormalised
 * J2 = -sqrt(5) C20, C20 = -4.84165371736e-4).
 */
export const EARTH_J2 = 1.08262668e-3;

/** Length of the mean tropical year, s (365.24219 d; Astronomical Almanac). */
export const TROPICAL_YEAR_S = 365.24219 * 86_400;

/** Julian year, s (IAU: 365.25 d of 86,400 s). */
export const JULIAN_YEAR_S = 365.25 * 86_400;

/** Seconds in one day, s. */
export const SECONDS_PER_DAY = 86_400;

/**
 * Hours in a commercial (365-day) year, the convention of electricity tariffs
 * and of the Suncatcher paper's ground price band (price x 8760 h x PUE).
 */
export const HOURS_PER_COMMERCIAL_YEAR = 8_760;

/** Total solar irradiance at 1 au, W/m^2 (Kopp & Lean 2011, GRL 38, L01706). */
export const SOLAR_CONSTANT_W_PER_M2 = 1_361;

/** Speed of light in vacuum, m/s (SI, exact). */
export const SPEED_OF_LIGHT_M_PER_S = 299_792_458;

/** Planck constant, J s (SI, exact). */
export const PLANCK_J_S = 6.626_070_15e-34;

/** Stefan-Boltzmann constant, W/(m^2 K^4) (CODATA 2018, exact from h, k, c). */
export const STEFAN_BOLTZMANN_W_PER_M2_K4 = 5.670_374_419e-8;

/** Metres in one kilometre. */
export const M_PER_KM = 1_000;

/** Kilograms in one metric tonne. */
export const KG_PER_TONNE = 1_000;

/** Watts in one kilowatt. */
export const W_PER_KW = 1_000;
