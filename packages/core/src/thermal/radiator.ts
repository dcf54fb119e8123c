import { STEFAN_BOLTZMANN_W_PER_M2_K4 } from '../constants.ts';

/** The environment a radiator face sees, per m^2 of face. */
export interface RadiatorEnvironment {
  /** Earth infrared emission, W/m^2 (about 237). */
  readonly earthInfraredWPerM2: number;
  /** Earth albedo, 0 to 1 (about 0.3). */
  readonly albedo: number;
  /** Solar irradiance that the lit Earth reflects, W/m^2. */
  readonly solarIrradianceWPerM2: number;
  /** View factor from the face to the Earth, 0 to 1. */
  readonly earthViewFactor: number;
}

/** The radiator's surface. */
export interface RadiatorSurface {
  /** Infrared emissivity, equal to infrared absorptivity (Kirchhoff), 0 to 1. */
  readonly emissivity: number;
  /** Solar absorptivity, 0 to 1. */
  readonly solarAbsorptivity: number;
  /** Surface temperature, K. */
  readonly temperatureK: number;
}

/**
 * Heat one radiator face absorbs from the Earth: q = eps q_IR F + alpha a S F
 * (Gilmore, *Spacecraft Thermal Control Handbook*, ch. 2: Earth infrared and
 * albedo loads on a surface). The face is taken edge-on to the Sun (a
 * dawn-dusk orbit allows it), so direct sunlight is zero; the albedo term uses
 * the full view factor, an upper bound (the Earth below a dawn-dusk orbit is
 * half dark).
 * @returns absorbed flux, W/m^2 of face
 */
export function radiatorAbsorbedFluxWPerM2(surface: RadiatorSurface, environment: RadiatorEnvironment): number {
  const infrared = surface.emissivity * environment.earthInfraredWPerM2 * environment.earthViewFactor;
  const albedo = surface.solarAbsorptivity * environment.albedo * environment.solarIrradianceWPerM2 * environment.earthViewFactor;
  return infrared + albedo;
}

/**
 * Net heat one radiator face rejects: eps sigma T^4 - q_absorbed (Stefan-Boltzmann
 * emission to a 0 K sky, minus the Earth's loads).
 * @returns net rejected flux, W/m^2 of face (negative when the face gains heat)
 */
export function radiatorNetFluxWPerM2(surface: RadiatorSurface, environment: RadiatorEnvironment): number {
  const emitted = surface.emissivity * STEFAN_BOLTZMANN_W_PER_M2_K4 * surface.temperatureK ** 4;
  return emitted - radiatorAbsorbedFluxWPerM2(surface, environment);
}

/**
 * Radiator panel area that rejects a heat load: A = Q / (n_sides x q_net), where
 * each of the n radiating faces rejects q_net = eps sigma T^4 - q_absorbed
 * (`radiatorNetFluxWPerM2`). A double-sided panel radiates from both faces, so
 * it needs half the area of a single-sided one.
 * @param heatW heat to reject, W
 * @param sides radiating faces per panel, 1 or 2
 * @returns panel area, m^2
 * @throws RangeError when a face cannot reject heat at that temperature
 */
export function radiatorAreaM2(
  heatW: number,
  surface: RadiatorSurface,
  environment: RadiatorEnvironment,
  sides: 1 | 2,
): number {
  const netWPerM2 = radiatorNetFluxWPerM2(surface, environment);
  if (!(netWPerM2 > 0)) {
    throw new RangeError(
      `radiator at ${surface.temperatureK} K with emissivity ${surface.emissivity} absorbs more than it emits (net ${netWPerM2} W/m^2)`,
    );
  }
  return heatW / (sides * netWPerM2);
}
