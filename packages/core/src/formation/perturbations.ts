import {
  EARTH_EQUATORIAL_RADIUS_M,
  EARTH_MU_M3_PER_S2,
  EARTH_ROTATION_RAD_PER_S,
  M_PER_KM,
  SOLAR_RADIATION_PRESSURE_N_PER_M2,
} from '../constants.ts';
import { inCylindricalShadow } from '../orbit/orbitPlane.ts';
import { ATMOSPHERE_DENSITY_TABLE, type SolarActivity } from '../referenceData.ts';
import type { OdeRightHandSide } from './dop853.ts';
import { twoBodyJ2Derivative } from './twoBodyJ2.ts';

/** WGS-84 flattening, used only to turn a geocentric radius into an approximate altitude above the ellipsoid. */
const EARTH_FLATTENING = 1 / 298.257223563;

/**
 * An atmosphere for the drag model: density as a function of altitude
 * above the ellipsoid, kg/m^3. Either a seeded table at one solar activity
 * (`atmosphereFromTable`) or a fixed density everywhere (`fixedAtmosphere`,
 * the scenario's override and the validation's constant-drag case).
 */
export interface AtmosphereModel {
  /** Density at an altitude, kg/m^3 (m in). */
  readonly densityKgPerM3: (altitudeM: number) => number;
  /** What it is, for reports ("MSISE-90 mean activity", "fixed 1e-13 kg/m^3"). */
  readonly label: string;
}

/**
 * Density from the seeded MSISE-90 table (`seeds/formationEnvironment.json`)
 * at one solar activity, interpolated exponentially between rows,
 * rho(h) = rho_i exp(-(h - h_i) / H_i) with H_i = (h_{i+1} - h_i) / ln(rho_i / rho_{i+1})
 * (the interpolation of the Harris-Priester model, Montenbruck & Gill,
 * *Satellite Orbits*, Eq. 3.100), and extrapolated with the end rows' scale
 * heights outside the table (400 to 900 km).
 */
export function atmosphereFromTable(activity: SolarActivity): AtmosphereModel {
  const altitudesM = ATMOSPHERE_DENSITY_TABLE.altitudeKm.map((h) => h * M_PER_KM);
  const densities = ATMOSPHERE_DENSITY_TABLE.densityKgPerM3[activity];
  const rows = altitudesM.length;
  const scaleHeightsM = new Float64Array(rows - 1);
  for (let i = 0; i < rows - 1; i++) {
    scaleHeightsM[i] = (altitudesM[i + 1]! - altitudesM[i]!) / Math.log(densities[i]! / densities[i + 1]!);
  }
  const first = altitudesM[0]!;
  const step = altitudesM[1]! - first;
  return {
    label: `MSISE-90 ${activity} solar activity`,
    densityKgPerM3(altitudeM) {
      // The seeded table is evenly spaced (checked in the seed test), so the row is found by division.
      const i = Math.min(rows - 2, Math.max(0, Math.floor((altitudeM - first) / step)));
      return densities[i]! * Math.exp(-(altitudeM - altitudesM[i]!) / scaleHeightsM[i]!);
    },
  };
}

/** One density everywhere, kg/m^3 (`environment.atmosphereDensityKgPerM3`; constant-drag validation). */
export function fixedAtmosphere(densityKgPerM3: number): AtmosphereModel {
  return { label: `fixed ${densityKgPerM3} kg/m^3`, densityKgPerM3: () => densityKgPerM3 };
}

/**
 * Speed of a circular orbit relative to an atmosphere co-rotating with the
 * Earth, averaged over the orbit: v_rel^2 = v^2 - 2 v omega_E r cos i + (omega_E r)^2 <cos^2 latitude>,
 * with <cos^2 latitude> = 1 - sin^2(i)/2 over a circular orbit (Montenbruck
 * & Gill, Eq. 3.98 with v_atm = omega_E x r).
 * @param radiusM orbit radius, m
 * @param inclinationRad inclination, rad
 * @returns m/s
 */
export function relativeAirSpeedMPerS(radiusM: number, inclinationRad: number): number {
  const v = Math.sqrt(EARTH_MU_M3_PER_S2 / radiusM);
  const w = EARTH_ROTATION_RAD_PER_S * radiusM;
  const si = Math.sin(inclinationRad);
  return Math.sqrt(v * v - 2 * v * w * Math.cos(inclinationRad) + w * w * (1 - (si * si) / 2));
}

/**
 * Drag deceleration of a body of ballistic coefficient B = Cd A / m:
 * |a| = rho v_rel^2 B / 2 (Montenbruck & Gill, Eq. 3.97). Between two
 * satellites whose coefficients differ by dB in the same air this is the
 * differential acceleration, rho v_rel^2 dB / 2, m/s^2.
 * @param densityKgPerM3 air density, kg/m^3
 * @param airSpeedMPerS speed relative to the air, m/s
 * @param ballisticCoefficientM2PerKg Cd A / m (or its difference), m^2/kg
 */
export function dragAccelerationMPerS2(densityKgPerM3: number, airSpeedMPerS: number, ballisticCoefficientM2PerKg: number): number {
  return 0.5 * densityKgPerM3 * airSpeedMPerS * airSpeedMPerS * ballisticCoefficientM2PerKg;
}

/**
 * Ballistic coefficients of the satellites of a cluster: satellite k of N
 * gets B + s (2 k / (N - 1) - 1), spanning B - s to B + s evenly by index
 * (deterministic; the lattice index orders satellites from the centre out,
 * so neighbours differ). One satellite gets B.
 * @param satellites N
 * @param referenceM2PerKg B, m^2/kg
 * @param spreadM2PerKg s, m^2/kg
 */
export function clusterBallisticCoefficients(satellites: number, referenceM2PerKg: number, spreadM2PerKg: number): Float64Array {
  const out = new Float64Array(satellites);
  for (let k = 0; k < satellites; k++) {
    out[k] = satellites > 1 ? referenceM2PerKg + spreadM2PerKg * ((2 * k) / (satellites - 1) - 1) : referenceM2PerKg;
  }
  return out;
}

/**
 * Cannonball solar radiation pressure acceleration, pointing away from the
 * Sun: |a| = P Cr A / m with P = `SOLAR_RADIATION_PRESSURE_N_PER_M2` at 1 au
 * (Montenbruck & Gill, Eq. 3.75, for a sphere or a surface facing the Sun).
 * Between satellites whose A / m differ by dA the same formula with dA is
 * the differential acceleration, m/s^2.
 * @param areaToMassM2PerKg sunlit area over mass (or its difference), m^2/kg
 * @param reflectivityCoefficient Cr, 1 (absorbing) to 2 (mirror)
 */
export function solarRadiationPressureAccelerationMPerS2(areaToMassM2PerKg: number, reflectivityCoefficient: number): number {
  return SOLAR_RADIATION_PRESSURE_N_PER_M2 * reflectivityCoefficient * areaToMassM2PerKg;
}

/**
 * Solar radiation pressure for `twoBodyJ2DragDerivative`: the Sun's
 * direction, fixed over the run (the Sun moves 1 deg a day and a
 * sun-synchronous plane follows it), Cr and each slot's A / m.
 */
export interface SolarRadiationPressureModel {
  /** Unit vector to the Sun in the integration's ECI frame. */
  readonly sunUnitEci: ArrayLike<number>;
  /** Cr. */
  readonly reflectivityCoefficient: number;
  /** A / m of each slot of the state, m^2/kg. */
  readonly areaToMassM2PerKg: ArrayLike<number>;
}

/**
 * Approximate height above the WGS-84 ellipsoid of an ECI position:
 * h = r - R_E (1 - f sin^2 latitude) with the geocentric latitude (within
 * metres at low altitude; enough for a density model), m.
 * @param xM ECI x, m
 * @param yM ECI y, m
 * @param zM ECI z, m
 */
export function altitudeAboveEllipsoidM(xM: number, yM: number, zM: number): number {
  const r2 = xM * xM + yM * yM + zM * zM;
  return Math.sqrt(r2) - EARTH_EQUATORIAL_RADIUS_M * (1 - EARTH_FLATTENING * ((zM * zM) / r2));
}

/**
 * Right-hand side of two-body + J2 + atmospheric drag for satellites packed
 * in one ECI state (6 numbers each), each with its own ballistic coefficient:
 * a = a_2body+J2 (`twoBodyJ2Derivative`, Curtis Eq. 12.30)
 *     - (1/2) rho(h) B_k |v_rel| v_rel,  v_rel = v - omega_E z_hat x r
 * (Montenbruck & Gill, Eq. 3.97-3.98: the atmosphere co-rotates with the
 * Earth). The altitude h = r - R_E (1 - f sin^2 latitude) approximates the
 * height above the WGS-84 ellipsoid to within metres (geocentric latitude).
 * With `srp`, plus the cannonball solar radiation pressure
 * -P Cr (A/m)_k s_hat (`solarRadiationPressureAccelerationMPerS2`) outside
 * Earth's cylindrical shadow (`inCylindricalShadow`).
 * With B = 0 for every satellite and no SRP it is exactly two-body + J2.
 * @param atmosphere density model
 * @param ballisticCoefficientsM2PerKg B of each slot of the state, m^2/kg (read at every call: mutate to change)
 * @param srp solar radiation pressure, optional
 */
export function twoBodyJ2DragDerivative(
  atmosphere: AtmosphereModel,
  ballisticCoefficientsM2PerKg: Float64Array,
  srp?: SolarRadiationPressureModel,
): OdeRightHandSide {
  const sun = srp?.sunUnitEci;
  const srpScale = srp ? solarRadiationPressureAccelerationMPerS2(1, srp.reflectivityCoefficient) : 0;
  const we = EARTH_ROTATION_RAD_PER_S;
  const density = atmosphere.densityKgPerM3;
  return (tS, state, derivative) => {
    // Velocities and the two-body + J2 field first; drag and SRP add to the accelerations.
    twoBodyJ2Derivative(tS, state, derivative);
    const count = state.length / 6;
    for (let k = 0; k < count; k++) {
      const o = 6 * k;
      const x = state[o]!;
      const y = state[o + 1]!;
      const z = state[o + 2]!;
      const vx = state[o + 3]!;
      const vy = state[o + 4]!;
      const vz = state[o + 5]!;
      let ax = derivative[o + 3]!;
      let ay = derivative[o + 4]!;
      let az = derivative[o + 5]!;
      const b = ballisticCoefficientsM2PerKg[k]!;
      if (b !== 0) {
        const altitude = altitudeAboveEllipsoidM(x, y, z);
        // Air velocity omega_E x r = (-we y, we x, 0).
        const ux = vx + we * y;
        const uy = vy - we * x;
        const uz = vz;
        const f = -0.5 * density(altitude) * b * Math.sqrt(ux * ux + uy * uy + uz * uz);
        ax += f * ux;
        ay += f * uy;
        az += f * uz;
      }
      if (sun && !inCylindricalShadow(x, y, z, sun)) {
        const a = -srpScale * srp!.areaToMassM2PerKg[k]!;
        ax += a * sun[0]!;
        ay += a * sun[1]!;
        az += a * sun[2]!;
      }
      derivative[o + 3] = ax;
      derivative[o + 4] = ay;
      derivative[o + 5] = az;
    }
  };
}

/**
 * Relative motion under a constant along-track acceleration f from rest at
 * the origin, Hill-Clohessy-Wiltshire (solve x'' - 2 n y' - 3 n^2 x = 0,
 * y'' + 2 n x' = f: integrating the second, y' = f t - 2 n x, so
 * x'' + n^2 x = 2 n f t):
 *   x(t) = (2 f / n) t - (2 f / n^2) sin(n t)
 *   y(t) = -(3/2) f t^2 + (4 f / n^2)(1 - cos(n t))
 * A satellite pushed forward rises and falls behind: the along-track drift
 * grows as -(3/2) f t^2: y(k T) = -(3/2) f (k T)^2 at whole orbits T, where
 * the periodic term vanishes.
 * @param accelerationMPerS2 along-track acceleration relative to the reference, m/s^2
 * @param meanMotionRadPerS n, rad/s
 * @param tS time, s
 * @returns radial and along-track displacement, m
 */
export function hcwConstantAlongTrackResponseM(
  accelerationMPerS2: number,
  meanMotionRadPerS: number,
  tS: number,
): { readonly radialM: number; readonly alongTrackM: number } {
  const f = accelerationMPerS2;
  const n = meanMotionRadPerS;
  return {
    radialM: (2 * f * tS) / n - ((2 * f) / (n * n)) * Math.sin(n * tS),
    alongTrackM: -1.5 * f * tS * tS + ((4 * f) / (n * n)) * (1 - Math.cos(n * tS)),
  };
}
