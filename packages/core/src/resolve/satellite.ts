import { ALUMINIUM_DENSITY_KG_PER_M3, J_PER_WH, M_PER_MM, SOLAR_CONSTANT_W_PER_M2, W_PER_KW } from '../constants.ts';
import { rocketPropellantFromFinalMassKg } from '../formation/control.ts';
import { chipsPerSatellite, type ComputePowerBudget } from '../compute/chipBudget.ts';
import { satelliteMassKg, shieldMassKg, type PayloadMasses } from '../mass/satelliteMass.ts';
import type { AnnualSunlight } from '../orbit/sunlight.ts';
import { eclipseBatteryCapacityJ } from '../power/battery.ts';
import { solarArrayAreaForPowerM2, solarArrayPowerW } from '../power/solarArray.ts';
import type { Scenario } from '../scenario/schema.ts';
import { CHIPS, satelliteReferenceValue, TABLE1 } from '../referenceData.ts';
import { plateEarthViewFactor } from '../thermal/earthViewFactor.ts';
import { radiatorAreaM2, type RadiatorEnvironment, type RadiatorSurface } from '../thermal/radiator.ts';
import { resolveEnvironment, type ResolvedEnvironment } from './environment.ts';
import { resolveOrbit, resolveSunlight, type ResolvedOrbit } from './orbit.ts';

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
  /** Electrical power of one accelerator, W (`compute.chipPowerW` or the reference chip's). */
  readonly chipPowerW: number;
  /** Peak throughput of one accelerator, FLOP/s (`compute.chipPeakFlops` or the reference chip's). */
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

/** The radiator that rejects the satellite's heat, sized once. */
export interface ResolvedRadiator {
  readonly surface: RadiatorSurface;
  readonly environment: RadiatorEnvironment;
  readonly sides: 1 | 2;
  readonly areaM2: number;
  readonly massKg: number;
}

/** The satellite design and the subsystem sizes it was derived from (SI). */
export interface ResolvedSatellite {
  readonly design: SatelliteDesign;
  /** Battery nameplate capacity through the longest eclipse, Wh. */
  readonly batteryWh: number;
  readonly radiator: ResolvedRadiator;
  /** Subsystem masses of the estimate (array, battery, radiator, chips, shield), kg. */
  readonly payload: PayloadMasses;
  /** Subsystems plus bus, before propellant, kg. */
  readonly dryDerivedKg: number;
  /** Station-keeping propellant over the life on the dry subsystem mass, kg. */
  readonly stationKeepingPropellantKg: number;
  /** Dry subsystem mass plus propellant, kg (used when `massSource` is `subsystems`). */
  readonly derivedSatelliteKg: number;
}

/** The paper's Starlink v2 mini (Table 1): the satellite when neither its array nor its mass and power are given. */
const STARLINK_V2_MINI = TABLE1.rows.find((row) => row.satellite === 'Starlink v2 mini')!;

/** Power: explicit powerKw, else the given array, else the paper's 28 kW; the array sized to it when not given. */
function resolvePowerSource(satellite: Scenario['satellite']) {
  const givenArrayPowerW =
    satellite.solarArrayM2 === undefined ? undefined : solarArrayPowerW(satellite.solarArrayM2, satellite.cellEfficiency, satellite.packingFactor);
  const explicitPowerW = satellite.powerKw === undefined ? undefined : satellite.powerKw * W_PER_KW;
  const powerW = explicitPowerW ?? givenArrayPowerW ?? STARLINK_V2_MINI.powerKw * W_PER_KW;
  const powerSource: SatelliteDesign['powerSource'] = explicitPowerW !== undefined ? 'explicit' : givenArrayPowerW !== undefined ? 'solar-array' : 'table1';
  const arrayAreaM2 = satellite.solarArrayM2 ?? solarArrayAreaForPowerM2(powerW, satellite.cellEfficiency, satellite.packingFactor);
  return { powerW, powerSource, arrayAreaM2, arrayPowerW: givenArrayPowerW ?? powerW };
}

/** Thermal: all electrical power ends as heat in a radiator edge-on to the Earth. */
function resolveRadiator(satellite: Scenario['satellite'], altitudeM: number, heatW: number): ResolvedRadiator {
  const sides = satellite.radiatorSides === 1 ? 1 : 2;
  const surface = {
    emissivity: satellite.radiatorEmissivity,
    solarAbsorptivity: satellite.radiatorSolarAbsorptivity,
    temperatureK: satellite.radiatorTemperatureK,
  };
  const environment = {
    earthInfraredWPerM2: satelliteReferenceValue('thermal.earthInfrared'),
    albedo: satelliteReferenceValue('thermal.albedo'),
    solarIrradianceWPerM2: SOLAR_CONSTANT_W_PER_M2,
    earthViewFactor: plateEarthViewFactor(altitudeM, 'vertical'),
  };
  const areaM2 = radiatorAreaM2(heatW, surface, environment, sides);
  return { surface, environment, sides, areaM2, massKg: areaM2 * satellite.radiatorKgPerM2 };
}

/** Compute: the accelerator and the power budget that counts them. */
function resolveComputeBudget(scenario: Scenario, powerW: number) {
  const { compute } = scenario;
  const chipReference = CHIPS[compute.chip];
  const chipPowerW = compute.chipPowerW ?? chipReference.powerW.value;
  const chipPeakFlops = compute.chipPeakFlops ?? chipReference.peakFlops.value;
  const budget: ComputePowerBudget = {
    satellitePowerW: powerW,
    chipPowerW,
    hostOverheadFraction: compute.hostOverheadFraction,
    opticalTerminalsPowerW: compute.opticalTerminals * compute.opticalTerminalPowerW,
    avionicsPowerW: compute.avionicsPowerW,
    thermalControlFraction: compute.thermalControlFraction,
  };
  return { chipPowerW, chipPeakFlops, budget, chips: chipsPerSatellite(budget) };
}

/**
 * Resolves the satellite a scenario describes: the mass and power every other
 * model must use, with the subsystems they were derived from. Precedence: an
 * explicit `satellite.massKg` / `satellite.powerKw` wins; otherwise, when
 * `satellite.solarArrayM2` is given, the power is the array's at beginning of
 * life in full sun and the mass is the subsystem estimate (array, battery
 * through the longest eclipse, radiator, chips, shield, bus, and the
 * station-keeping propellant m_p = m_dry (exp(dv / (Isp g0)) - 1) with
 * dv = the yearly closed-form delta-v x lifetime); otherwise the paper's
 * Starlink v2 mini (575 kg, 28 kW, Table 1).
 * @param stationKeepingDeltaVMPerSPerYear the worst satellite's yearly delta-v (`resolveEnvironment`), m/s per year
 */
export function resolveSatellite(
  scenario: Scenario,
  orbit: ResolvedOrbit,
  sunlight: AnnualSunlight,
  stationKeepingDeltaVMPerSPerYear: number,
): ResolvedSatellite {
  const { satellite, compute } = scenario;
  const lifetimeYears = satellite.lifetimeYears;
  const { powerW, powerSource, arrayAreaM2, arrayPowerW } = resolvePowerSource(satellite);
  const batteryWh =
    eclipseBatteryCapacityJ(powerW * satellite.eclipseLoadFraction, sunlight.longestEclipseS, satellite.batteryDepthOfDischarge) / J_PER_WH;
  const radiator = resolveRadiator(satellite, orbit.altitudeM, powerW);
  const { chipPowerW, chipPeakFlops, budget, chips } = resolveComputeBudget(scenario, powerW);
  // Mass: explicit massKg, else subsystems when the array is given, else the paper's 575 kg.
  const payload: PayloadMasses = {
    solarArrayKg: arrayAreaM2 * satellite.arrayKgPerM2,
    batteryKg: batteryWh / satellite.batteryWhPerKg,
    radiatorKg: radiator.massKg,
    computeKg: chips * compute.chipMassKg,
    shieldingKg: shieldMassKg(satellite.shieldingMmAl * M_PER_MM, chips * compute.shieldedAreaPerChipM2, ALUMINIUM_DENSITY_KG_PER_M3),
  };
  const dryDerivedKg = satelliteMassKg(payload, satellite.busMassFraction);
  const stationKeepingDeltaVMPerS = stationKeepingDeltaVMPerSPerYear * lifetimeYears;
  const stationKeepingPropellantKg = rocketPropellantFromFinalMassKg(stationKeepingDeltaVMPerS, dryDerivedKg, scenario.control.ispS);
  const derivedSatelliteKg = dryDerivedKg + stationKeepingPropellantKg;
  const massSource = satellite.massKg !== undefined ? 'explicit' : satellite.solarArrayM2 !== undefined ? 'subsystems' : 'table1';
  const massKg = satellite.massKg ?? (massSource === 'subsystems' ? derivedSatelliteKg : STARLINK_V2_MINI.massKg);
  return {
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
      sunlitFraction: sunlight.sunlitFraction,
      periodS: orbit.periodS,
      longestEclipseS: sunlight.longestEclipseS,
    },
    batteryWh,
    radiator,
    payload,
    dryDerivedKg,
    stationKeepingPropellantKg,
    derivedSatelliteKg,
  };
}

/** What the satellite's evaluators read: the scenario, its orbit and sunlight, the environment and the resolved satellite. */
export interface ResolvedSatelliteScenario {
  readonly scenario: Scenario;
  readonly orbit: ResolvedOrbit;
  readonly sunlight: AnnualSunlight;
  readonly environment: ResolvedEnvironment;
  readonly satellite: ResolvedSatellite;
}

/** Resolves the orbit, its sunlight, the environment and the satellite of a scenario, each once. */
export function resolveSatelliteScenario(scenario: Scenario): ResolvedSatelliteScenario {
  const orbit = resolveOrbit(scenario);
  const sunlight = resolveSunlight(orbit);
  const environment = resolveEnvironment(scenario, orbit);
  const satellite = resolveSatellite(scenario, orbit, sunlight, environment.stationKeepingDeltaVMPerSPerYear);
  return { scenario, orbit, sunlight, environment, satellite };
}
