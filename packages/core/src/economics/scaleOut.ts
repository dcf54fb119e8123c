/** What one satellite, one cluster and one launch provide, for sizing a constellation. */
export interface ScaleOutInputs {
  /** Target electrical power of the constellation, W. */
  readonly targetPowerW: number;
  /** Electrical power of one satellite, W. */
  readonly satellitePowerW: number;
  /** Launch mass of one satellite, kg. */
  readonly satelliteMassKg: number;
  readonly satellitesPerCluster: number;
  /** Operating life, years. */
  readonly lifetimeYears: number;
  /** Satellites failing per year and replaced, 1/year. */
  readonly satelliteFailuresPerYear: number;
  /** Payload per launch, kg. */
  readonly payloadPerLaunchKg: number;
  /** Solar array area of one satellite, m^2. */
  readonly satelliteArrayAreaM2: number;
}

/** A constellation sized for a target power. */
export interface ScaleOut {
  readonly satellites: number;
  readonly clusters: number;
  /** Power actually installed (whole satellites), W. */
  readonly installedPowerW: number;
  /** Mass of the whole constellation in orbit, kg. */
  readonly constellationMassKg: number;
  /** Mass launched per year in steady state (renewal at end of life + failures), kg/year. */
  readonly annualMassToOrbitKg: number;
  /** Launches per year in steady state. */
  readonly launchesPerYear: number;
  /** Total solar array area, m^2. */
  readonly arrayAreaM2: number;
}

/**
 * Sizes a constellation for a target power: N = ceil(P_target / P_sat)
 * satellites in ceil(N / N_cluster) clusters; steady-state renewal launches
 * N m (1 / life + f_sat) per year, in payload-sized launches; array area
 * N A_sat.
 */
export function scaleOut(inputs: ScaleOutInputs): ScaleOut {
  const satellites = Math.max(1, Math.ceil(inputs.targetPowerW / inputs.satellitePowerW - 1e-9));
  const constellationMassKg = satellites * inputs.satelliteMassKg;
  const annualMassToOrbitKg = constellationMassKg * (1 / inputs.lifetimeYears + inputs.satelliteFailuresPerYear);
  const installedPowerW = satellites * inputs.satellitePowerW;
  return {
    satellites,
    clusters: Math.ceil(satellites / inputs.satellitesPerCluster),
    installedPowerW,
    constellationMassKg,
    annualMassToOrbitKg,
    launchesPerYear: annualMassToOrbitKg / inputs.payloadPerLaunchKg,
    arrayAreaM2: satellites * inputs.satelliteArrayAreaM2,
  };
}
