import { J_PER_KWH, JULIAN_YEAR_S } from '../constants.ts';
import { orbitAverageLoadW } from '../power/battery.ts';
import { arrayDegradationFactor, lifetimeAverageDegradationFactor } from '../power/degradation.ts';
import { orbitToGroundYieldRatio } from '../power/groundYield.ts';
import { solarArrayPowerW } from '../power/solarArray.ts';
import type { ResolvedSatelliteScenario, SatelliteDesign } from '../resolve/satellite.ts';

/** `power`: the solar array, its yield against the ground, and the battery. */
export interface PowerEvaluation {
  /** Electrical power of the satellite used by every model, W. */
  readonly satellitePowerW: number;
  readonly satellitePowerSource: SatelliteDesign['powerSource'];
  /** Array area: as given, or sized to the power, m^2. */
  readonly arrayAreaM2: number;
  /** Array power at beginning of life in full sun, W. */
  readonly arrayPowerW: number;
  /** Array power at end of life in full sun, W. */
  readonly endOfLifeArrayPowerW: number;
  /** Array power averaged over the life, with eclipses and degradation, W. */
  readonly averagePowerW: number;
  /** Energy per m^2 of array per Julian year in orbit at beginning of life, kWh/m^2/year. */
  readonly annualYieldKwhPerM2: number;
  /** Annual energy per m^2 of cells in orbit over the ground site's. */
  readonly orbitToGroundYieldRatio: number;
  /** Ground site capacity factor compared against. */
  readonly groundCapacityFactor: number;
  /** Longest eclipse of the year, from the orbit model, s. */
  readonly longestEclipseS: number;
  /** Battery nameplate capacity to carry the eclipse load through the longest eclipse, Wh. */
  readonly batteryWh: number;
  /**
   * Continuous load the array can carry at end of life through the orbit with the
   * longest eclipse, battery recharged in sunlight (losses neglected), W.
   */
  readonly endOfLifeWorstOrbitLoadW: number;
  /** `endOfLifeWorstOrbitLoadW` over the satellite power: below 1, the full load cannot be held then. */
  readonly endOfLifeWorstOrbitPowerMarginX: number;
}

/** The `power` block: the resolved array and battery against the orbit's sunlight over the life. */
export function evaluatePower({ scenario, orbit, sunlight, satellite: resolved }: ResolvedSatelliteScenario): PowerEvaluation {
  const { satellite } = scenario;
  const { powerW, arrayPowerW, lifetimeYears } = resolved.design;
  const endOfLifeArrayPowerW = arrayPowerW * arrayDegradationFactor(satellite.degradationPerYear, lifetimeYears);
  const endOfLifeWorstOrbitLoadW = orbitAverageLoadW(endOfLifeArrayPowerW, orbit.periodS, sunlight.longestEclipseS);
  return {
    satellitePowerW: powerW,
    satellitePowerSource: resolved.design.powerSource,
    arrayAreaM2: resolved.design.arrayAreaM2,
    arrayPowerW,
    endOfLifeArrayPowerW,
    averagePowerW: arrayPowerW * sunlight.sunlitFraction * lifetimeAverageDegradationFactor(satellite.degradationPerYear, lifetimeYears),
    annualYieldKwhPerM2:
      (solarArrayPowerW(1, satellite.cellEfficiency, satellite.packingFactor) * sunlight.sunlitFraction * JULIAN_YEAR_S) / J_PER_KWH,
    orbitToGroundYieldRatio: orbitToGroundYieldRatio(sunlight.sunlitFraction, satellite.groundSolarCapacityFactor),
    groundCapacityFactor: satellite.groundSolarCapacityFactor,
    longestEclipseS: sunlight.longestEclipseS,
    batteryWh: resolved.batteryWh,
    endOfLifeWorstOrbitLoadW,
    endOfLifeWorstOrbitPowerMarginX: endOfLifeWorstOrbitLoadW / powerW,
  };
}
