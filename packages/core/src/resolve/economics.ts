import { J_PER_KWH, J_PER_MJ, KG_PER_TONNE, W_PER_KW, W_PER_MEGAWATT } from '../constants.ts';
import { deliveredItFractionOverLife, endOfLifeArrayOversize } from '../compute/itDelivery.ts';
import { lifetimeAverageSurvivingFraction } from '../compute/survival.ts';
import { capitalRecoveryFactor } from '../economics/amortisation.ts';
import { carbonPriceUsdPerKg, type EconomicsModel } from '../economics/economicsModel.ts';
import { orbitalFootprint, type ChipThroughput, type Embodied, type OrbitalFootprintInputs } from '../economics/footprint.ts';
import { scaleOut, type ScaleOut } from '../economics/scaleOut.ts';
import { constantCadenceTable, type CumulativeMassPoint } from '../launch/cadence.ts';
import { CADENCE_PRESETS } from '../launch/cadencePresets.ts';
import { launchLifecycleCarbonKgPerKg, launchLifecycleEnergyJPerKg, type LaunchLifecycleInputs } from '../launch/launchLifecycle.ts';
import type { LearningCurve } from '../launch/wrightsLaw.ts';
import type { Scenario } from '../scenario/schema.ts';
import { economicsReferenceFigure, GRID_REGIONS, type EconomicsReferenceFile } from '../referenceData.ts';
import { resolveSatelliteScenario, type SatelliteDesign } from './satellite.ts';

const figure = (file: EconomicsReferenceFile, id: string): number => economicsReferenceFigure(file, id).value;

/** Grid region whose intensity powers propellant production (the launch sites of Texas and Florida). */
const LAUNCH_SITE_GRID_REGION = 'us';

/**
 * The launch lifecycle inputs of a reusable Starship flight (seeds/launch.json),
 * in SI units: payload from the paper's cadence, propellant and dry mass from
 * SpaceX, oxygen liquefied on the US grid.
 */
export const STARSHIP_LIFECYCLE: LaunchLifecycleInputs = {
  propellantKg: figure('launch', 'launch.stackPropellant') * KG_PER_TONNE,
  oxidiserToFuelRatio: figure('launch', 'launch.oxidiserToFuelRatio'),
  payloadKg: figure('launch', 'launch.starshipPayload') * KG_PER_TONNE,
  co2PerKgFuel: figure('launch', 'launch.co2PerKgMethane'),
  fuelUpstreamKgCo2ePerKg: figure('launch', 'launch.methaneUpstreamCarbon'),
  fuelEnergyJPerKg: figure('launch', 'launch.methaneLowerHeatingValue') * J_PER_MJ,
  oxidiserElectricityJPerKg: figure('launch', 'launch.oxygenElectricity') * J_PER_KWH,
  electricityKgCo2ePerJ: GRID_REGIONS[LAUNCH_SITE_GRID_REGION]!.carbonKgPerKwh / J_PER_KWH,
  vehicleDryMassKg: figure('launch', 'launch.stackDryMass') * KG_PER_TONNE,
  vehicleEmbodiedJPerKg: figure('launch', 'launch.vehicleEmbodiedEnergy') * J_PER_MJ,
  vehicleEmbodiedKgCo2ePerKg: figure('launch', 'launch.vehicleEmbodiedCarbon'),
  flightsPerVehicle: figure('launch', 'launch.flightsPerVehicle'),
};

const ARRAY_EMBODIED_PER_W: Embodied = {
  energyJ: figure('lifecycle', 'array.embodiedEnergy') * J_PER_MJ,
  carbonKg: figure('lifecycle', 'array.embodiedCarbon'),
};
const FACILITY_EMBODIED_PER_KW: Embodied = {
  energyJ: figure('lifecycle', 'facility.embodiedEnergy') * J_PER_MJ,
  carbonKg: figure('lifecycle', 'facility.embodiedCarbon'),
};

/** Smallest IT power per satellite used, W: keeps per-kW figures finite for a satellite too small to power one chip. */
const MIN_COMPUTE_POWER_W = 1;

/** The learning curve a scenario describes, in SI units. */
export function scenarioLearningCurve(scenario: Scenario): LearningCurve {
  return {
    referencePriceUsdPerKg: scenario.launch.referencePriceUsdPerKg,
    referenceCumulativeMassKg: scenario.launch.referenceCumulativeMassT * KG_PER_TONNE,
    learningRate: scenario.launch.learningRate,
  };
}

/**
 * The cumulative launched mass by year a scenario describes: its
 * `cumulativeMassTable`, else a constant `annualMassT` from 2025 on top of the
 * reference mass, else its `cadence` preset.
 */
export function scenarioCadence(scenario: Scenario): readonly CumulativeMassPoint[] {
  const { launch } = scenario;
  if (launch.cumulativeMassTable) {
    return launch.cumulativeMassTable.map((point) => ({ year: point.year, cumulativeMassKg: point.cumulativeMassT * KG_PER_TONNE }));
  }
  if (launch.annualMassT !== undefined) {
    return constantCadenceTable(
      figure('launch', 'launch.cadenceStartYear'),
      launch.referenceCumulativeMassT * KG_PER_TONNE,
      launch.annualMassT * KG_PER_TONNE,
    );
  }
  return CADENCE_PRESETS[launch.cadence];
}

/** Grid carbon intensity of the ground datacenter, kgCO2e/kWh. */
export function scenarioGridCarbonKgPerKwh(scenario: Scenario): number {
  return scenario.ground.gridCarbonKgPerKwh ?? GRID_REGIONS[scenario.ground.gridRegion]!.carbonKgPerKwh;
}

/** Starship lifecycle per kg to orbit, computed once from the reference figures. */
const STARSHIP_PER_KG: Embodied = {
  energyJ: launchLifecycleEnergyJPerKg(STARSHIP_LIFECYCLE),
  carbonKg: launchLifecycleCarbonKgPerKg(STARSHIP_LIFECYCLE),
};

/**
 * Launch lifecycle energy (J/kg) and carbon (kgCO2e/kg) to orbit: the
 * scenario's `launchEnergyMjPerKg` / `launchCarbonKgPerKg`, else the Starship
 * model; the ASCEND case scales both by its 10x lower lifecycle emissions.
 * @param launcherEmissions the launcher case, by default the scenario's `economics.launcherEmissions`
 */
export function scenarioLaunchEmbodiedPerKg(
  scenario: Scenario,
  launcherEmissions: Scenario['economics']['launcherEmissions'] = scenario.economics.launcherEmissions,
): Embodied {
  const { economics } = scenario;
  const scale = launcherEmissions === 'ascend-10x-lower' ? figure('launch', 'launch.ascendEmissionsScale') : 1;
  return {
    energyJ: (economics.launchEnergyMjPerKg === undefined ? STARSHIP_PER_KG.energyJ : economics.launchEnergyMjPerKg * J_PER_MJ) * scale,
    carbonKg: (economics.launchCarbonKgPerKg ?? STARSHIP_PER_KG.carbonKg) * scale,
  };
}

/** Embodied energy and carbon of one accelerator with its memory (scenario `economics`, defaults from seeds/lifecycle.json). */
function scenarioChipEmbodied(scenario: Scenario): Embodied {
  return { energyJ: scenario.economics.chipEmbodiedEnergyMj * J_PER_MJ, carbonKg: scenario.economics.chipEmbodiedCarbonKg };
}

/** The economics model of a scenario and its scale-out, resolved once. */
export interface ScenarioEconomics {
  readonly model: EconomicsModel;
  readonly scaleOut: ScaleOut;
  /** Accelerators per satellite (whole chips the power budget allows). */
  readonly chipsPerSatellite: number;
  /** Array oversize for `satellite.sizing: size-for-end-of-life` (1 otherwise). */
  readonly arrayOversize: number;
}

/**
 * Resolves a validated scenario into the economics model (SI units, USD):
 * satellite mass, power, array and chips from `resolveSatelliteDesign`, the launch cadence and price model, costs, and the
 * lifecycle footprints of both sides.
 * @param design the scenario's satellite design, when the caller has resolved it already (it needs the orbit's sunlight)
 */
export function scenarioEconomics(scenario: Scenario, design: SatelliteDesign = resolveSatelliteScenario(scenario).satellite.design): ScenarioEconomics {
  return economicsWithFootprintInputs(scenario, design).economics;
}

/** The economics a scenario resolves to, with the same model under the ASCEND study's launcher. */
export interface ResolvedEconomics extends ScenarioEconomics {
  /** The model with 10x lower launch lifecycle emissions (`economics.launcherEmissions: ascend-10x-lower`); only the orbital footprint differs. */
  readonly ascendModel: EconomicsModel;
  /** Launch lifecycle energy, J/kg, and carbon, kgCO2e/kg, to orbit for the scenario's launcher (`scenarioLaunchEmbodiedPerKg`, as the orbital footprint used). */
  readonly launchPerKg: Embodied;
}

/**
 * `scenarioEconomics` and its ASCEND-launcher variant, resolved once: the
 * variant reuses the model and recomputes only the orbital footprint with the
 * ASCEND launch lifecycle.
 */
export function resolveEconomics(scenario: Scenario, design: SatelliteDesign): ResolvedEconomics {
  const { economics, footprintInputs } = economicsWithFootprintInputs(scenario, design);
  const ascendModel: EconomicsModel =
    scenario.economics.launcherEmissions === 'ascend-10x-lower'
      ? economics.model
      : {
          ...economics.model,
          orbitalFootprint: orbitalFootprint({
            ...footprintInputs,
            launchPerKg: scenarioLaunchEmbodiedPerKg(scenario, 'ascend-10x-lower'),
          }),
        };
  return { ...economics, ascendModel, launchPerKg: footprintInputs.launchPerKg };
}

/** The satellite as the economics see it: its chips, IT power, the array oversize, the launch mass and the delivered IT fraction. */
interface EconomicsSatellite {
  readonly chip: ChipThroughput;
  readonly chips: number;
  /** Accelerator power per satellite, at least MIN_COMPUTE_POWER_W, W. */
  readonly computePowerW: number;
  readonly arrayOversize: number;
  /** Launch mass with the oversized array, kg. */
  readonly massKg: number;
  readonly deliveredItFraction: number;
}

function economicsSatellite(scenario: Scenario, design: SatelliteDesign): EconomicsSatellite {
  const { compute, satellite } = scenario;
  const chip: ChipThroughput = { chipPowerW: design.chipPowerW, chipPeakFlops: design.chipPeakFlops, utilization: compute.utilization };
  const chips = design.chipsPerSatellite;
  const computePowerW = Math.max(chips * chip.chipPowerW, MIN_COMPUTE_POWER_W);
  // size-for-end-of-life: the array grows so that the rated load holds through the worst orbit at end of life.
  const arrayOversize =
    satellite.sizing === 'size-for-end-of-life'
      ? endOfLifeArrayOversize(design.powerW, design.arrayPowerW, satellite.degradationPerYear, design.lifetimeYears, design.periodS, design.longestEclipseS)
      : 1;
  const massKg = design.massKg + (arrayOversize - 1) * design.solarArrayKg;
  // At least MIN_COMPUTE_POWER_W delivered, as for the installed power: an array that never
  // feeds the chips (overheads above its output) keeps every per-kW figure finite.
  const deliveredItFraction = Math.max(MIN_COMPUTE_POWER_W / computePowerW, deliveredItFractionOverLife({
    budget: design.computeBudget,
    chips,
    arrayPowerW: design.arrayPowerW * arrayOversize,
    sunlitFraction: design.sunlitFraction,
    degradationPerYear: satellite.degradationPerYear,
    failureRatePerYear: compute.failureRatePerYear,
    lifetimeYears: design.lifetimeYears,
  }));
  return { chip, chips, computePowerW, arrayOversize, massKg, deliveredItFraction };
}

/** The lifecycle footprint inputs of one satellite: its mass, power with the oversized array, chips, bus and launch. */
function satelliteFootprintInputs(scenario: Scenario, design: SatelliteDesign, sat: EconomicsSatellite): OrbitalFootprintInputs {
  const { economics } = scenario;
  return {
    massKg: sat.massKg,
    powerW: design.powerW * sat.arrayOversize,
    computePowerW: sat.computePowerW,
    deliveredItFraction: sat.deliveredItFraction,
    lifetimeYears: design.lifetimeYears,
    satelliteFailuresPerYear: economics.satelliteFailuresPerYear,
    chipPowerW: sat.chip.chipPowerW,
    chip: scenarioChipEmbodied(scenario),
    arrayPerW: ARRAY_EMBODIED_PER_W,
    busPerKg: {
      energyJ: economics.satelliteEmbodiedEnergyMjPerKg * J_PER_MJ,
      carbonKg: economics.satelliteEmbodiedCarbonKgPerKg,
    },
    launchPerKg: scenarioLaunchEmbodiedPerKg(scenario),
  };
}

/** The ground datacenter's cost and footprint inputs (scenario `ground`, the same chip). */
function groundInputs(scenario: Scenario, chipPowerW: number): Pick<EconomicsModel, 'ground' | 'groundFootprintInputs'> {
  const { compute, ground } = scenario;
  return {
    ground: {
      electricityUsdPerKwh: ground.electricityUsdPerKwh,
      electricityChangePerYear: ground.electricityPriceChangePerYear,
      powerUsageEffectiveness: ground.pue,
      facilityCapexUsdPerKw: ground.facilityCapexUsdPerKw,
      facilityLifetimeYears: ground.facilityLifetimeYears,
      hostOverheadFraction: compute.hostOverheadFraction,
      chipLifetimeYears: ground.hardwareLifetimeYears,
      chipPolicy: ground.chipPolicy,
    },
    groundFootprintInputs: {
      powerUsageEffectiveness: ground.pue,
      hostOverheadFraction: compute.hostOverheadFraction,
      chipPolicy: ground.chipPolicy,
      gridKgCo2ePerJ: scenarioGridCarbonKgPerKwh(scenario) / J_PER_KWH,
      chipPowerW,
      chipFailuresPerYear: compute.failureRatePerYear,
      hardwareLifetimeYears: ground.hardwareLifetimeYears,
      facilityLifetimeYears: ground.facilityLifetimeYears,
      chip: scenarioChipEmbodied(scenario),
      facilityPerKw: FACILITY_EMBODIED_PER_KW,
    },
  };
}

function economicsWithFootprintInputs(scenario: Scenario, design: SatelliteDesign): { economics: ScenarioEconomics; footprintInputs: OrbitalFootprintInputs } {
  const { compute, economics } = scenario;
  const sat = economicsSatellite(scenario, design);
  const { chip, chips, computePowerW, arrayOversize, massKg, deliveredItFraction } = sat;
  const sizing = scaleOut({
    targetPowerW: economics.targetPowerMw === undefined ? scenario.cluster.satellites * design.powerW : economics.targetPowerMw * W_PER_MEGAWATT,
    satellitePowerW: design.powerW,
    satelliteMassKg: massKg,
    satellitesPerCluster: scenario.cluster.satellites,
    lifetimeYears: design.lifetimeYears,
    satelliteFailuresPerYear: economics.satelliteFailuresPerYear,
    payloadPerLaunchKg: figure('launch', 'launch.starshipPayload') * KG_PER_TONNE,
    satelliteArrayAreaM2: design.arrayAreaM2,
  });
  const fleetDeliveredKw = (sizing.satellites * computePowerW * deliveredItFraction) / W_PER_KW;
  const footprintInputs = satelliteFootprintInputs(scenario, design, sat);
  const { ground, groundFootprintInputs } = groundInputs(scenario, chip.chipPowerW);
  const model: EconomicsModel = {
    launch: {
      fixedPriceUsdPerKg: scenario.launch.priceUsdPerKg,
      curve: scenarioLearningCurve(scenario),
      cadence: scenarioCadence(scenario),
      floorUsdPerKg: scenario.launch.floorUsdPerKg,
    },
    satellite: { massKg, powerW: design.powerW, computePowerW, lifetimeYears: design.lifetimeYears },
    chip,
    chipFailuresPerYear: compute.failureRatePerYear,
    survivingFraction: lifetimeAverageSurvivingFraction(compute.failureRatePerYear, design.lifetimeYears),
    deliveredItFraction,
    // Hardware scales with launch mass; per W of rating, the oversized array is paid in proportion to the mass it adds.
    hardwareUsd:
      economics.satelliteHardwareUsdPerW === undefined
        ? economics.satelliteHardwareUsdPerKg * massKg
        : economics.satelliteHardwareUsdPerW * design.powerW * (massKg / design.massKg),
    baseYear: figure('launch', 'launch.cadenceStartYear'),
    hardwareDeclinePerYear: economics.hardwareCostDeclinePerYear,
    operationsFractionPerYear: economics.operationsFractionPerYear,
    satelliteFailuresPerYear: economics.satelliteFailuresPerYear,
    chipUsdPerW: economics.chipUsdPerW,
    nreUsdPerKwYear: (economics.nreUsd * capitalRecoveryFactor(economics.discountRate, design.lifetimeYears)) / fleetDeliveredKw,
    discountRate: economics.discountRate,
    carbonPriceUsdPerKg: carbonPriceUsdPerKg(economics.carbonPriceUsdPerTonne),
    ground,
    orbitalFootprint: orbitalFootprint(footprintInputs),
    gridCarbonChangePerYear: scenario.ground.gridCarbonChangePerYear,
    groundFootprintInputs,
  };
  return { economics: { model, scaleOut: sizing, chipsPerSatellite: chips, arrayOversize }, footprintInputs };
}
