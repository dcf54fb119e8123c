import type { ResolvedSatelliteScenario, SatelliteDesign } from '../resolve/satellite.ts';

/** `mass`: the satellite's mass and its breakdown. */
export interface MassEvaluation {
  /** Launch mass used by every model, kg. */
  readonly satelliteKg: number;
  readonly satelliteMassSource: SatelliteDesign['massSource'];
  /** Mass estimated from the subsystems, whether used or not, kg. */
  readonly derivedSatelliteKg: number;
  readonly solarArrayKg: number;
  readonly batteryKg: number;
  readonly radiatorKg: number;
  readonly computeKg: number;
  readonly shieldingKg: number;
  readonly busKg: number;
  /**
   * Station-keeping propellant over the lifetime against the worst satellite's
   * differential drag (|f| x lifetime, rocket equation on the dry subsystem
   * mass at control.ispS), kg. Part of the subsystem estimate; Table 1 and
   * explicit masses are launch masses that already carry their propellant.
   */
  readonly stationKeepingPropellantKg: number;
  /** Electrical power over launch mass, W/kg. */
  readonly specificPowerWPerKg: number;
}

/** The `mass` block: the launch mass used, its source and the subsystem breakdown it was estimated from. */
export function evaluateMass({ scenario, satellite: resolved }: Pick<ResolvedSatelliteScenario, 'scenario' | 'satellite'>): MassEvaluation {
  const { massKg, massSource, powerW } = resolved.design;
  return {
    satelliteKg: massKg,
    satelliteMassSource: massSource,
    derivedSatelliteKg: resolved.derivedSatelliteKg,
    ...resolved.payload,
    busKg: resolved.dryDerivedKg * scenario.satellite.busMassFraction,
    stationKeepingPropellantKg: resolved.stationKeepingPropellantKg,
    specificPowerWPerKg: powerW / massKg,
  };
}
