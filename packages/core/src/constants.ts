/**
 * Physical and conventional constants, each named by quantity, unit and source.
 * Every model reads them from here; none is inlined elsewhere.
 */

/** Earth's gravitational parameter GM, m^3/s^2 (WGS-84 / EGM-96). */
export const EARTH_MU_M3_PER_S2 = 3.986004418e14;

/**
 * Earth's gravitational parameter of WGS-72, m^3/s^2: the value SGP4 and
 * two-line element sets assume (Spacetrack Report #3; satellite.js `mu`).
 * Only for converting to and from TLE mean motion.
 */
export const SGP4_WGS72_MU_M3_PER_S2 = 3.986008e14;

/** Earth's equatorial radius, m (WGS-84). */
export const EARTH_EQUATORIAL_RADIUS_M = 6_378_137;

/** Flattening of the WGS-84 ellipsoid, dimensionless (NIMA TR8350.2: 1/298.257223563). */
export const EARTH_FLATTENING_WGS84 = 1 / 298.257_223_563;

/** Earth's polar radius, m (WGS-84 semi-minor axis b = a (1 - f)). */
export const EARTH_POLAR_RADIUS_M = EARTH_EQUATORIAL_RADIUS_M * (1 - EARTH_FLATTENING_WGS84);

/**
 * Earth's second zonal harmonic J2, dimensionless (EGM-96: unnormalised
 * J2 = -sqrt(5) C20, C20 = -4.84165371736e-4).
 */
export const EARTH_J2 = 1.08262668e-3;

/** Length of the mean tropical year, s (365.24219 d; Astronomical Almanac). */
export const TROPICAL_YEAR_S = 365.24219 * 86_400;

/** Earth's rotation rate, rad/s (WGS-84: 7.292115e-5; the atmosphere co-rotates with it). */
export const EARTH_ROTATION_RAD_PER_S = 7.292115e-5;

/** Standard acceleration of gravity g0, m/s^2 (CGPM 1901, exact): converts specific impulse to exhaust speed. */
export const STANDARD_GRAVITY_M_PER_S2 = 9.80665;

/** Julian year, s (IAU: 365.25 d of 86,400 s). */
export const JULIAN_YEAR_S = 365.25 * 86_400;

/** Seconds in one day, s. */
export const SECONDS_PER_DAY = 86_400;

/** Seconds in one minute. */
export const SECONDS_PER_MINUTE = 60;

/** The J2000.0 epoch, 2000-01-01 12:00 (TT taken as UTC, 64 s apart), as Unix time, s. */
export const J2000_UNIX_S = 946_728_000;

/**
 * Hours in a commercial (365-day) year, the convention of electricity tariffs
 * and of the Suncatcher paper's ground price band (price x 8760 h x PUE).
 */
export const HOURS_PER_COMMERCIAL_YEAR = 8_760;

/** Total solar irradiance at 1 au, W/m^2 (Kopp & Lean 2011, GRL 38, L01706). */
export const SOLAR_CONSTANT_W_PER_M2 = 1_361;

/** Speed of light in vacuum, m/s (SI, exact). */
export const SPEED_OF_LIGHT_M_PER_S = 299_792_458;

/**
 * Solar radiation pressure at 1 au on an absorbing surface, N/m^2:
 * P = S / c with the total solar irradiance S (`SOLAR_CONSTANT_W_PER_M2`):
 * 4.54e-6 (Montenbruck & Gill, *Satellite Orbits*, Eq. 3.73, write 4.56e-6
 * from the older 1,367 W/m^2).
 */
export const SOLAR_RADIATION_PRESSURE_N_PER_M2 = SOLAR_CONSTANT_W_PER_M2 / SPEED_OF_LIGHT_M_PER_S;

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

/** Watts in one megawatt (not milliwatt: dBm's reference lives in links/decibels.ts as W_PER_MILLIWATT). */
export const W_PER_MEGAWATT = 1e6;

/** Joules in one kilowatt-hour (SI, exact). */
export const J_PER_KWH = 3.6e6;

/** Joules in one megajoule. */
export const J_PER_MJ = 1e6;

/** British thermal units per million BTU (MMBtu), the unit gas is priced in. */
export const BTU_PER_MMBTU = 1e6;

/** Kilograms in one tonne of CO2e, for carbon prices quoted per tonne. */
export const KG_PER_TONNE_CO2E = 1_000;

/** Seconds in a commercial (365-day, 8,760 h) year: the year of every per-year money and energy flow. */
export const SECONDS_PER_COMMERCIAL_YEAR = HOURS_PER_COMMERCIAL_YEAR * 3_600;

/**
 * Irradiance of the Standard Test Conditions at which solar modules are rated,
 * W/m^2 (IEC 60904-3: 1,000 W/m^2, AM1.5 spectrum, 25 C cells).
 */
export const SOLAR_STC_IRRADIANCE_W_PER_M2 = 1_000;

/** Density of aluminium (pure, 20 C), kg/m^3 (CRC Handbook of Chemistry and Physics: 2.70 g/cm^3). */
export const ALUMINIUM_DENSITY_KG_PER_M3 = 2_700;

/** Joules in one watt-hour. */
export const J_PER_WH = 3_600;

/** Metres in one millimetre. */
export const M_PER_MM = 1e-3;

/** Metres in one nanometre. */
export const M_PER_NM = 1e-9;

/** Radians in one microradian. */
export const RAD_PER_URAD = 1e-6;

/** Hertz in one gigahertz. */
export const HZ_PER_GHZ = 1e9;

/** Bits per second in one gigabit per second (decimal, as line rates are quoted). */
export const BPS_PER_GBPS = 1e9;

/** Bits per second in one terabit per second. */
export const BPS_PER_TBPS = 1e12;
