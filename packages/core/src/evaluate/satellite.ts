import {
  ALUMINIUM_DENSITY_KG_PER_M3,
  J_PER_WH,
  JULIAN_YEAR_S,
  M_PER_MM,
  SOLAR_CONSTANT_W_PER_M2,
  STANDARD_GRAVITY_M_PER_S2,
  W_PER_KW,
} from '../constants.ts';
import { chipsPerSatellite, computePowerAvailableW, type ComputePowerBudget } from '../compute/chipBudget.ts';
import { lifetimeAverageSurvivingFraction, survivingFraction } from '../compute/survival.ts';
import { satelliteMassKg, shieldMassKg } from '../mass/satelliteMass.ts';
import { eclipseBatteryCapacityJ, orbitAverageLoadW } from '../power/battery.ts';
import { arrayDegradationFactor, lifetimeAverageDegradationFactor } from '../power/degradation.ts';
import { orbitToGroundYieldRatio } from '../power/groundYield.ts';
import { solarArrayAreaForPowerM2, solarArrayPowerW } from '../power/solarArray.ts';
import { doseMarginX, shieldedAnnualDoseRadPerYear } from '../radiation/doseDepth.ts';
import { singleEventsPerInference, singleEventsPerYear } from '../radiation/singleEvents.ts';
import type { Scenario } from '../scenario/schema.ts';
import { CHIPS, type ChipName, satelliteSeedValue, seedValue, TABLE1 } from '../seeds.ts';
import { plateEarthViewFactor } from '../thermal/earthViewFactor.ts';
import { radiatorAbsorbedFluxWPerM2, radiatorAreaM2, radiatorNetFluxWPerM2 } from '../thermal/radiator.ts';
import { stationKeepingDeltaVEstimateMpsPerYear } from './drag.ts';
import { evaluateOrbit, type OrbitEvaluation } from './orbit.ts';

/** Where a satellite figure comes from (docs/satellite.md). */
export type SatelliteFigureSource = 'explicit' | 'solar-array' | 'subsystems' | 'table1';

/**
 * The mass and electrical power of one satellite that every other model uses
 * (launch cost, power price, cluster compute).
 */
export interface SatelliteDesign {
  /** Launch mass of one satellite, kg. */
  readonly massKg: number;
  /** Electrical power of one satellite, W. */
  readonly powerW: number;
  /** Operating life, years. */
  readonly lifetimeYears: number;
  /** `explicit` (satellite.massKg), `subsystems` (derived, solarArrayM2 given) or `table1` (575 kg). */
  readonly massSource: 'explicit' | 'subsystems' | 'table1';
  /** `explicit` (satellite.powerKw), `solar-array` (solarArrayM2 given) or `table1` (28 kW). */
  readonly powerSource: 'explicit' | 'solar-array' | 'table1';
  /** Solar array area, given or sized to the power, m^2. */
  readonly arrayAreaM2: number;
  /** Electrical power of one accelerator, W (`compute.chipPowerW` or the seeded chip's). */
  readonly chipPowerW: number;
  /** Peak throughput of one accelerator, FLOP/s (`compute.chipPeakFlops` or the seeded chip's). */
  readonly chipPeakFlops: number;
  /** Whole accelerators the power budget carries. */
  readonly chipsPerSatellite: number;
  /** The power budget the chips were counted with (rated satellite power, host and bus overheads), W and fractions. */
  readonly computeBudget: ComputePowerBudget;
  /** Array output in full sun at beginning of life, W. */
  readonly arrayPowerW: number;
  /** Solar array mass from the subsystem estimate (area x kg/m^2), kg. */
  readonly solarArrayKg: number;
  /** The orbit's sunlit fraction over a year, its period and its longest eclipse, s. */
  readonly sunlitFraction: number;
  readonly periodS: number;
  readonly longestEclipseS: number;
}

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

/** `thermal`: the radiator that rejects the satellite's heat. */
export interface ThermalEvaluation {
  /** Heat rejected: all the satellite's electrical power, W. */
  readonly heatW: number;
  readonly radiatorTemperatureK: number;
  readonly radiatorSides: 1 | 2;
  /** View factor from a radiator face (edge-on to the Earth) to the Earth. */
  readonly earthViewFactor: number;
  /** Earth infrared and albedo absorbed per m^2 of face, W/m^2. */
  readonly absorbedWPerM2: number;
  /** Net heat rejected per m^2 of face, W/m^2. */
  readonly netRejectedWPerM2: number;
  readonly radiatorAreaM2: number;
  readonly radiatorKg: number;
}

/** `radiation`: total dose behind the shield and single-event rates per chip. */
export interface RadiationEvaluation {
  readonly shieldingMmAl: number;
  /** Annual total ionising dose, rad(Si)/year. */
  readonly annualDoseRad: number;
  /** Dose over the life, rad(Si). */
  readonly lifetimeDoseRad: number;
  /** HBM threshold (2 krad) over the lifetime dose. */
  readonly hbmMarginX: number;
  /** Dose survived without hard failure (15 krad) over the lifetime dose. */
  readonly noFailureMarginX: number;
  /** Silent data corruptions per chip per year. */
  readonly sdcPerChipPerYear: number;
  /** Silent data corruptions per inference. */
  readonly sdcPerInference: number;
  /** HBM uncorrectable ECC errors per chip per year. */
  readonly hbmUncorrectablePerChipPerYear: number;
  /** HBM uncorrectable ECC errors per inference. */
  readonly hbmUncorrectablePerInference: number;
  /** Accelerator crashes per chip per year. */
  readonly chipCrashesPerChipPerYear: number;
  /** Host CPU crashes per chip per year. */
  readonly hostCpuCrashesPerChipPerYear: number;
  /** Host RAM crashes per chip per year. */
  readonly hostRamCrashesPerChipPerYear: number;
  /** Crashes of the accelerator or its host (CPU, RAM) per inference. */
  readonly crashesPerInference: number;
}

/** `compute`: accelerators per satellite and the cluster's FLOP/s. */
export interface ComputeEvaluation {
  readonly chip: ChipName;
  /** Power of one accelerator, W. */
  readonly chipPowerW: number;
  /** False where the vendor publishes no chip power and the value is a reasoned default. */
  readonly chipPowerPublished: boolean;
  /** Peak dense bf16 throughput of one accelerator, FLOP/s. */
  readonly chipPeakFlops: number;
  /** Delivered over peak FLOP/s. */
  readonly utilization: number;
  /** Host power per W of accelerator. */
  readonly hostOverheadFraction: number;
  /** Power left for accelerators and hosts after terminals, avionics and thermal control, W. */
  readonly computePowerW: number;
  readonly chipsPerSatellite: number;
  readonly satellitePeakFlops: number;
  readonly satelliteDeliveredFlops: number;
  readonly clusterChips: number;
  readonly clusterPeakFlops: number;
  /** Cluster FLOP/s at the utilisation, all chips working, FLOP/s. */
  readonly clusterDeliveredFlops: number;
  /** Hard chip failures per satellite per year at beginning of life. */
  readonly chipFailuresPerSatellitePerYear: number;
  /** Chips still working at end of life (no repair). */
  readonly survivingFractionEndOfLife: number;
  /** Chips working, averaged over the life. */
  readonly lifetimeAverageSurvivingFraction: number;
  /** Cluster delivered FLOP/s averaged over the life, with chip failures, FLOP/s. */
  readonly clusterLifetimeAverageDeliveredFlops: number;
}

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

/** The satellite as a system: the blocks `power`, `thermal`, `radiation`, `compute`, `mass`. */
export interface SatelliteEvaluation {
  readonly design: SatelliteDesign;
  readonly power: PowerEvaluation;
  readonly thermal: ThermalEvaluation;
  readonly radiation: RadiationEvaluation;
  readonly compute: ComputeEvaluation;
  readonly mass: MassEvaluation;
}

/** The paper's Starlink v2 mini (Table 1): the satellite when neither its array nor its mass and power are given. */
const STARLINK_V2_MINI = TABLE1.rows.find((row) => row.satellite === 'Starlink v2 mini')!;

/** Results per validated scenario object: the scenario is immutable, and economics and the evaluator share one result. */
const cache = new WeakMap<Scenario, SatelliteEvaluation>();

/**
 * Evaluates one satellite as a system: power from the solar array and the
 * orbit's sunlight (sunlit fraction and longest eclipse from `evaluateOrbit`),
 * the radiator, the dose behind the shield, the accelerators the power budget
 * carries, and the mass. Pure: the result depends only on the scenario (it is
 * memoised per scenario object).
 * @param orbit the scenario's orbit evaluation, when already computed
 */
export function evaluateSatellite(scenario: Scenario, orbitEvaluation?: OrbitEvaluation): SatelliteEvaluation {
  const cached = cache.get(scenario);
  if (cached) return cached;
  const orbit = orbitEvaluation ?? evaluateOrbit(scenario);
  const { satellite, compute, cluster } = scenario;
  const lifetimeYears = satellite.lifetimeYears;

  // Power: explicit powerKw, else the given array, else the paper's 28 kW.
  const givenArrayPowerW =
    satellite.solarArrayM2 === undefined
      ? undefined
      : solarArrayPowerW(satellite.solarArrayM2, satellite.cellEfficiency, satellite.packingFactor);
  const explicitPowerW = satellite.powerKw === undefined ? undefined : satellite.powerKw * W_PER_KW;
  const powerW = explicitPowerW ?? givenArrayPowerW ?? STARLINK_V2_MINI.powerKw * W_PER_KW;
  const powerSource = explicitPowerW !== undefined ? 'explicit' : givenArrayPowerW !== undefined ? 'solar-array' : 'table1';
  const arrayAreaM2 = satellite.solarArrayM2 ?? solarArrayAreaForPowerM2(powerW, satellite.cellEfficiency, satellite.packingFactor);
  const arrayPowerW = givenArrayPowerW ?? powerW;
  const averagePowerW =
    arrayPowerW * orbit.sunlitFraction * lifetimeAverageDegradationFactor(satellite.degradationPerYear, lifetimeYears);
  const groundCapacityFactor = satellite.groundSolarCapacityFactor;
  const batteryWh =
    eclipseBatteryCapacityJ(powerW * satellite.eclipseLoadFraction, orbit.longestEclipseS, satellite.batteryDepthOfDischarge) /
    J_PER_WH;
  const endOfLifeArrayPowerW = arrayPowerW * arrayDegradationFactor(satellite.degradationPerYear, lifetimeYears);
  const endOfLifeWorstOrbitLoadW = orbitAverageLoadW(endOfLifeArrayPowerW, orbit.periodS, orbit.longestEclipseS);
  const power: PowerEvaluation = {
    satellitePowerW: powerW,
    satellitePowerSource: powerSource,
    arrayAreaM2,
    arrayPowerW,
    endOfLifeArrayPowerW,
    averagePowerW,
    annualYieldKwhPerM2:
      (solarArrayPowerW(1, satellite.cellEfficiency, satellite.packingFactor) * orbit.sunlitFraction * JULIAN_YEAR_S) /
      (J_PER_WH * 1_000),
    orbitToGroundYieldRatio: orbitToGroundYieldRatio(orbit.sunlitFraction, groundCapacityFactor),
    groundCapacityFactor,
    longestEclipseS: orbit.longestEclipseS,
    batteryWh,
    endOfLifeWorstOrbitLoadW,
    endOfLifeWorstOrbitPowerMarginX: endOfLifeWorstOrbitLoadW / powerW,
  };

  // Thermal: all electrical power ends as heat in the radiator.
  const radiatorSides = satellite.radiatorSides === 1 ? 1 : 2;
  const surface = {
    emissivity: satellite.radiatorEmissivity,
    solarAbsorptivity: satellite.radiatorSolarAbsorptivity,
    temperatureK: satellite.radiatorTemperatureK,
  };
  const environment = {
    earthInfraredWPerM2: satelliteSeedValue('thermal.earthInfrared'),
    albedo: satelliteSeedValue('thermal.albedo'),
    solarIrradianceWPerM2: SOLAR_CONSTANT_W_PER_M2,
    earthViewFactor: plateEarthViewFactor(orbit.altitudeM, 'vertical'),
  };
  const radiatorArea = radiatorAreaM2(powerW, surface, environment, radiatorSides);
  const thermal: ThermalEvaluation = {
    heatW: powerW,
    radiatorTemperatureK: satellite.radiatorTemperatureK,
    radiatorSides,
    earthViewFactor: environment.earthViewFactor,
    absorbedWPerM2: radiatorAbsorbedFluxWPerM2(surface, environment),
    netRejectedWPerM2: radiatorNetFluxWPerM2(surface, environment),
    radiatorAreaM2: radiatorArea,
    radiatorKg: radiatorArea * satellite.radiatorKgPerM2,
  };

  // Radiation: the paper's 150 rad(Si)/y behind 10 mm Al, scaled in thickness.
  const annualDoseRad = shieldedAnnualDoseRadPerYear(
    seedValue('radiation.annualDose10mmAl'),
    10 * M_PER_MM,
    satellite.shieldingMmAl * M_PER_MM,
    satellite.doseDepthExponent,
  );
  const lifetimeDoseRad = annualDoseRad * lifetimeYears;
  const perYear = (id: string) => singleEventsPerYear(annualDoseRad, seedValue(id));
  const sdcPerChipPerYear = perYear('radiation.radPerSdc');
  const hbmUncorrectablePerChipPerYear = perYear('radiation.radPerHbmUe');
  const crashes = {
    chip: perYear('radiation.radPerTpuCrash'),
    hostCpu: perYear('radiation.radPerCpuCrash'),
    hostRam: perYear('radiation.radPerRamCrash'),
  };
  const radiation: RadiationEvaluation = {
    shieldingMmAl: satellite.shieldingMmAl,
    annualDoseRad,
    lifetimeDoseRad,
    hbmMarginX: doseMarginX(seedValue('radiation.hbmThreshold'), lifetimeDoseRad),
    noFailureMarginX: doseMarginX(seedValue('radiation.noFailureDose'), lifetimeDoseRad),
    sdcPerChipPerYear,
    sdcPerInference: singleEventsPerInference(sdcPerChipPerYear, compute.inferencesPerSecond, JULIAN_YEAR_S),
    hbmUncorrectablePerChipPerYear,
    hbmUncorrectablePerInference: singleEventsPerInference(
      hbmUncorrectablePerChipPerYear,
      compute.inferencesPerSecond,
      JULIAN_YEAR_S,
    ),
    chipCrashesPerChipPerYear: crashes.chip,
    hostCpuCrashesPerChipPerYear: crashes.hostCpu,
    hostRamCrashesPerChipPerYear: crashes.hostRam,
    crashesPerInference: singleEventsPerInference(
      crashes.chip + crashes.hostCpu + crashes.hostRam,
      compute.inferencesPerSecond,
      JULIAN_YEAR_S,
    ),
  };

  // Compute: accelerators the power budget carries.
  const chipSeed = CHIPS[compute.chip];
  const chipPowerW = compute.chipPowerW ?? chipSeed.powerW.value;
  const chipPeakFlops = compute.chipPeakFlops ?? chipSeed.peakFlops.value;
  const budget: ComputePowerBudget = {
    satellitePowerW: powerW,
    chipPowerW,
    hostOverheadFraction: compute.hostOverheadFraction,
    opticalTerminalsPowerW: compute.opticalTerminals * compute.opticalTerminalPowerW,
    avionicsPowerW: compute.avionicsPowerW,
    thermalControlFraction: compute.thermalControlFraction,
  };
  const chips = chipsPerSatellite(budget);
  const satellitePeakFlops = chips * chipPeakFlops;
  const clusterPeakFlops = satellitePeakFlops * cluster.satellites;
  const clusterDeliveredFlops = clusterPeakFlops * compute.utilization;
  const averageSurviving = lifetimeAverageSurvivingFraction(compute.failureRatePerYear, lifetimeYears);
  const computeBlock: ComputeEvaluation = {
    chip: compute.chip,
    chipPowerW,
    chipPowerPublished: compute.chipPowerW !== undefined || chipSeed.powerW.published,
    chipPeakFlops,
    utilization: compute.utilization,
    hostOverheadFraction: compute.hostOverheadFraction,
    computePowerW: computePowerAvailableW(budget),
    chipsPerSatellite: chips,
    satellitePeakFlops,
    satelliteDeliveredFlops: satellitePeakFlops * compute.utilization,
    clusterChips: chips * cluster.satellites,
    clusterPeakFlops,
    clusterDeliveredFlops,
    chipFailuresPerSatellitePerYear: chips * compute.failureRatePerYear,
    survivingFractionEndOfLife: survivingFraction(compute.failureRatePerYear, lifetimeYears),
    lifetimeAverageSurvivingFraction: averageSurviving,
    clusterLifetimeAverageDeliveredFlops: clusterDeliveredFlops * averageSurviving,
  };

  // Mass: explicit massKg, else subsystems when the array is given, else the paper's 575 kg.
  const payload = {
    solarArrayKg: arrayAreaM2 * satellite.arrayKgPerM2,
    batteryKg: batteryWh / satellite.batteryWhPerKg,
    radiatorKg: thermal.radiatorKg,
    computeKg: chips * compute.chipMassKg,
    shieldingKg: shieldMassKg(
      satellite.shieldingMmAl * M_PER_MM,
      chips * compute.shieldedAreaPerChipM2,
      ALUMINIUM_DENSITY_KG_PER_M3,
    ),
  };
  const dryDerivedKg = satelliteMassKg(payload, satellite.busMassFraction);
  // Propellant from the dry mass: m_p = m_dry (exp(dv / (Isp g0)) - 1), dv = |f| x lifetime.
  const stationKeepingDeltaVMps = stationKeepingDeltaVEstimateMpsPerYear(scenario) * lifetimeYears;
  const stationKeepingPropellantKg = dryDerivedKg * Math.expm1(stationKeepingDeltaVMps / (scenario.control.ispS * STANDARD_GRAVITY_M_PER_S2));
  const derivedSatelliteKg = dryDerivedKg + stationKeepingPropellantKg;
  const massSource =
    satellite.massKg !== undefined ? 'explicit' : satellite.solarArrayM2 !== undefined ? 'subsystems' : 'table1';
  const massKg = satellite.massKg ?? (massSource === 'subsystems' ? derivedSatelliteKg : STARLINK_V2_MINI.massKg);
  const mass: MassEvaluation = {
    satelliteKg: massKg,
    satelliteMassSource: massSource,
    derivedSatelliteKg,
    ...payload,
    busKg: dryDerivedKg * satellite.busMassFraction,
    stationKeepingPropellantKg,
    specificPowerWPerKg: powerW / massKg,
  };

  const result: SatelliteEvaluation = {
    design: {
      massKg,
      powerW,
      lifetimeYears,
      massSource,
      powerSource,
      arrayAreaM2,
      chipPowerW,
      chipPeakFlops,
      chipsPerSatellite: chips,
      computeBudget: budget,
      arrayPowerW,
      solarArrayKg: payload.solarArrayKg,
      sunlitFraction: orbit.sunlitFraction,
      periodS: orbit.periodS,
      longestEclipseS: orbit.longestEclipseS,
    },
    power,
    thermal,
    radiation,
    compute: computeBlock,
    mass,
  };
  cache.set(scenario, result);
  return result;
}

/**
 * The satellite design a scenario describes: the mass and power every other
 * model must use. Precedence: an explicit `satellite.massKg` / `satellite.powerKw`
 * wins; otherwise, when `satellite.solarArrayM2` is given, the power is the
 * array's at beginning of life in full sun and the mass is the subsystem
 * estimate; otherwise the paper's Starlink v2 mini (575 kg, 28 kW, Table 1).
 * @param orbit the scenario's orbit evaluation, when already computed
 */
export function resolveSatelliteDesign(scenario: Scenario, orbit?: OrbitEvaluation): SatelliteDesign {
  return evaluateSatellite(scenario, orbit).design;
}
