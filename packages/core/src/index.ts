/**
 * @solstice/core: the physics and economics of orbital AI compute, in SI units.
 *
 * Tiers (as poliastro's `core/` and `twobody/`): kernels in the domain
 * folders take plain numbers or Float64Arrays in SI units and do not validate,
 * so hot loops stay fast; the scenario layer validates once (zod) and converts
 * units; `resolve/` turns a validated scenario into every kernel input once
 * (`resolveScenario`); `evaluate/` reduces those inputs to plain result
 * objects; studies/, sweep/, uncertainty/ and reproduce/ are built on it.
 * eslint.config.js enforces kernels -> resolve -> evaluate -> entry points.
 */

// Constants, numerical guards and the reference data in seeds/
export {
  ALUMINIUM_DENSITY_KG_PER_M3,
  BPS_PER_GBPS,
  BPS_PER_TBPS,
  BTU_PER_MMBTU,
  EARTH_EQUATORIAL_RADIUS_M,
  EARTH_FLATTENING_WGS84,
  EARTH_J2,
  EARTH_MU_M3_PER_S2,
  EARTH_POLAR_RADIUS_M,
  EARTH_ROTATION_RAD_PER_S,
  HOURS_PER_COMMERCIAL_YEAR,
  HZ_PER_GHZ,
  J_PER_KWH,
  J_PER_MJ,
  J_PER_WH,
  J2000_UNIX_S,
  JULIAN_YEAR_S,
  KG_PER_TONNE,
  KG_PER_TONNE_CO2E,
  M_PER_KM,
  M_PER_MM,
  M_PER_NM,
  PLANCK_J_S,
  RAD_PER_URAD,
  SECONDS_PER_COMMERCIAL_YEAR,
  SECONDS_PER_DAY,
  SECONDS_PER_MINUTE,
  SGP4_WGS72_MU_M3_PER_S2,
  SOLAR_CONSTANT_W_PER_M2,
  SOLAR_RADIATION_PRESSURE_N_PER_M2,
  SOLAR_STC_IRRADIANCE_W_PER_M2,
  SPEED_OF_LIGHT_M_PER_S,
  STANDARD_GRAVITY_M_PER_S2,
  STEFAN_BOLTZMANN_W_PER_M2_K4,
  TROPICAL_YEAR_S,
  W_PER_KW,
  W_PER_MEGAWATT,
} from './constants.ts';
export {
  clamp,
  clampedAcos,
  clampedAsin,
  DEG_PER_RAD,
  degToRad,
  erfc,
  floorTolerant,
  log2,
  medianInPlace,
  medianOfCounts,
  RAD_PER_DEG,
  radToDeg,
} from './math.ts';
export {
  ATMOSPHERE_DENSITY_TABLE,
  type ChipName,
  type ChipReference,
  CHIPS,
  DEFAULT_GROUND_STATIONS,
  DOWNLINK_REFERENCE,
  economicsReferenceFigure,
  type EconomicsReferenceFile,
  FORMATION_ENVIRONMENT_FIGURES,
  FORMATION_ENVIRONMENT_SOURCES,
  formationEnvironmentReferenceValue,
  GRID_REGIONS,
  type GridRegion,
  GROUND_BASELINE_PRESETS,
  GROUND_STATIONS,
  type GroundStationReference,
  LAUNCH_PRICE_HISTORY,
  type LaunchPricePoint,
  LINK_FIGURES,
  LINK_SOURCES,
  linkReferenceValue,
  POD_FIGURES,
  podReferenceValue,
  type ReferenceFigure,
  referenceValue,
  SATELLITE_FIGURES,
  satelliteReferenceValue,
  type SolarActivity,
  SUNCATCHER_FIGURES,
  SUNCATCHER_SOURCES,
  TABLE1,
  type Table1Row,
  WORKLOAD_PRESETS,
} from './referenceData.ts';

// Kernels: orbit, Sun and Earth frames
export { circularSemiMajorAxisM, meanMotionRadPerS, orbitalPeriodS } from './orbit/circularOrbit.ts';
export { j2NodalPrecessionRadPerS, SUN_SYNCHRONOUS_NODAL_RATE_RAD_PER_S, sunSynchronousInclinationRad } from './orbit/sunSynchronous.ts';
export {
  meanSunRightAscensionRad,
  SUN_SAMPLE_STEP_S,
  sunSamplesForYear,
  sunUnitVectorEqj,
  type YearSunSamples,
} from './orbit/sunDirection.ts';
export {
  annualSunlight,
  type AnnualSunlight,
  type AnnualSunlightInput,
  cylindricalEclipseFraction,
  type SunlightSeries,
  sunlightSeriesOverYear,
} from './orbit/sunlight.ts';
export {
  ascendingNodeRad,
  betaAngleRad,
  circularOrbitPositionEqjM,
  circularOrbitPositionFromTrigEqjM,
  inCylindricalShadow,
} from './orbit/orbitPlane.ts';
export { EPOCH_RANGE_UNIX_S, isoUtc, parseEpochUnixS, yearStartUnixS } from './orbit/epoch.ts';
export {
  eme2000ToEarthFixedRotation,
  equationOfEquinoxesRad,
  type Geodetic,
  geodeticFromEarthFixed,
  greenwichApparentSiderealRad,
  modelEciToEarthFixedRotation,
  modelEciToEme2000Rotation,
  modelEciToTemeRotation,
  multiplyRotations,
  precessionRotation,
  rotateVector3,
  type Rotation3,
  transposeRotation,
} from './orbit/earthFrames.ts';
export { eclipseDurationByDayS } from './orbit/eclipseSeries.ts';

// Kernels: launch, economics and ground datacenters
export {
  cumulativeMassDoublings,
  cumulativeMassForPriceKg,
  type LearningCurve,
  wrightLawExponent,
  wrightLawPriceUsdPerKg,
} from './launch/wrightsLaw.ts';
export { constantCadenceTable, cumulativeMassKgInYear, type CumulativeMassPoint } from './launch/cadence.ts';
export { CADENCE_PRESET_NAMES, CADENCE_PRESETS, type CadencePresetName } from './launch/cadencePresets.ts';
export { launchedPowerUsdPerKwYear } from './economics/launchedPower.ts';
export { type LaunchPriceModel, launchPriceUsdPerKgInYear } from './launch/launchPrice.ts';
export { launchLifecycleCarbonKgPerKg, launchLifecycleEnergyJPerKg, type LaunchLifecycleInputs } from './launch/launchLifecycle.ts';
export { capitalRecoveryFactor } from './economics/amortisation.ts';
export { orbitalCostBreakdown, type OrbitalCostBreakdown, type OrbitalCostInputs } from './economics/orbitalCost.ts';
export {
  type ChipThroughput,
  type Embodied,
  flopsPerKwYear,
  type Footprint,
  groundFootprint,
  type GroundFootprintInputs,
  lifecycleCarbonKgPerKwYear,
  lifecycleEnergyJPerKwYear,
  orbitalFootprint,
  type OrbitalFootprintInputs,
  perFlop,
  usdPerEflop,
} from './economics/footprint.ts';
export {
  carbonPriceUsdPerKg,
  economicsInYear,
  type EconomicsModel,
  type EconomicsYear,
  groundCost,
  groundFootprintInYear,
  hardwareUsdInYear,
  orbitalCostInYear,
  perFlopMetrics,
  type PerFlopMetrics,
  trendFactor,
} from './economics/economicsModel.ts';
export { breakEvenYear, ECONOMICS_FIRST_YEAR, ECONOMICS_LAST_YEAR } from './economics/breakEven.ts';
export {
  GROUND_CHIP_POLICIES,
  type GroundChipPolicy,
  groundChipPurchasesPerSlotYear,
  groundChipsUsdPerKwYear,
  orbitalChipsUsdPerKwYear,
  rollingFleetChipPurchasesPerSlotYear,
  wholeFleetChipPurchasesPerSlotYear,
} from './economics/chipAccounting.ts';
export { scaleOut, type ScaleOut, type ScaleOutInputs } from './economics/scaleOut.ts';
export {
  checkProjectionYears,
  DEFAULT_PROJECTION_YEARS,
  PROJECTION_COLUMNS,
  type ProjectionRow,
  type ProjectionYears,
  projectModel,
} from './economics/projection.ts';
export { type NumericTable, tableToCsv, tableToJson } from './economics/projectionExport.ts';
export { groundCostBreakdown, type GroundCostBreakdown, type GroundCostInputs } from './economics/groundCost.ts';
export { groundPowerUsdPerKwYear } from './ground/groundPower.ts';

// Kernels: the satellite (power, thermal, radiation, compute, mass)
export { solarArrayAreaForPowerM2, solarArrayPowerW } from './power/solarArray.ts';
export { arrayDegradationFactor, lifetimeAverageDegradationFactor } from './power/degradation.ts';
export { eclipseBatteryCapacityJ, orbitAverageLoadW } from './power/battery.ts';
export { orbitToGroundYieldRatio } from './power/groundYield.ts';
export { plateEarthViewFactor, type RadiatorOrientation } from './thermal/earthViewFactor.ts';
export {
  radiatorAbsorbedFluxWPerM2,
  radiatorAreaM2,
  type RadiatorEnvironment,
  radiatorNetFluxWPerM2,
  type RadiatorSurface,
} from './thermal/radiator.ts';
export { doseMarginX, shieldedAnnualDoseRadPerYear } from './radiation/doseDepth.ts';
export { singleEventsPerInference, singleEventsPerYear } from './radiation/singleEvents.ts';
export { chipsPerSatellite, computePowerAvailableW, type ComputePowerBudget } from './compute/chipBudget.ts';
export { lifetimeAverageSurvivingFraction, survivingFraction } from './compute/survival.ts';
export {
  deliveredItFractionOverLife,
  deliveredItPowerW,
  endOfLifeArrayOversize,
  type ItDeliveryInputs,
  SATELLITE_SIZING_POLICIES,
  type SatelliteSizingPolicy,
} from './compute/itDelivery.ts';
export { type PayloadMasses, satelliteMassKg, shieldMassKg } from './mass/satelliteMass.ts';

// Kernels: formation flight
export {
  eciBuffer,
  type EciBuffer,
  eciDirectionToRic,
  eciPositionsToRic,
  eciVector,
  type EciVector,
  type RicAxes,
  ricAxesOf,
  ricBuffer,
  type RicBuffer,
  ricStatesToEci,
  ricVector,
  type RicVector,
} from './formation/frames.ts';
export { clusterLattice, type ClusterLattice, latticeNeighbourPairs } from './formation/lattice.ts';
export {
  closedEllipseAxisRatio,
  hcwModel,
  type RelativeMotionModel,
  relativeMotionPositions,
  relativeMotionPropagate,
} from './formation/relativeMotion.ts';
export { schweighartSedwickModel, schweighartSedwickS } from './formation/schweighartSedwick.ts';
export { j2MeanRateModel, j2MeanSemiMajorAxisM } from './formation/j2MeanMotion.ts';
export { formationDesign, type FormationDesign, type FormationDesignInput, formationRicPositionsM } from './formation/design.ts';
export { circularReferenceStateEci } from './formation/referenceOrbit.ts';
export { Dop853, type Dop853Options, type Dop853Stats, type OdeRightHandSide } from './formation/dop853.ts';
export { twoBodyDerivative, twoBodyJ2Derivative, twoBodyJ2EnergyJPerKg } from './formation/twoBodyJ2.ts';
export { formationInitialStatesEci } from './formation/initialState.ts';
export {
  FORMATION_INTEGRATION_TOLERANCE,
  formationModelError,
  formationQuickIntegrationCheck,
  formationReferenceStateEci,
  formationSafety,
  type FormationSafety,
  integrateFormation,
  type ModelErrorResult,
  type QuickIntegrationCheck,
  representativeSatellites,
  stationKeepingDeltaVMPerSPerYear,
} from './formation/integrationCheck.ts';
export { type DistanceRange, modelPairDistanceRange, neighbourDistanceRange, segmentMinDistanceM } from './formation/geometry.ts';
export {
  type FormationEpoch,
  formationEpochAt,
  formationNodeRad,
  formationReferenceEci,
  ricPositionsToEci,
} from './formation/ephemeris.ts';
export {
  formationEpochStatesEci,
  formationSgp4Elements,
  formationTles,
  formatTle,
  type NamedElements,
  type OrbitalElements,
  orbitalElementsFromState,
  type Tle,
  tleChecksum,
  tleCrossCheck,
  type TleCrossCheck,
  tleQuantisationBoundM,
} from './formation/tle.ts';
export { type CzmlOptions, type CzmlPacket, formationCzml } from './formation/czml.ts';
export {
  altitudeAboveEllipsoidM,
  atmosphereFromTable,
  type AtmosphereModel,
  clusterBallisticCoefficients,
  dragAccelerationMPerS2,
  fixedAtmosphere,
  hcwConstantAlongTrackResponseM,
  relativeAirSpeedMPerS,
  solarRadiationPressureAccelerationMPerS2,
  type SolarRadiationPressureModel,
  twoBodyJ2DragDerivative,
} from './formation/perturbations.ts';
export {
  type ControllerSettings,
  differentialDragDeltaVMPerSPerYear,
  type FailureCase,
  type FailureOutcome,
  feedForwardNoiseMPerS2,
  rocketPropellantFromFinalMassKg,
  rocketPropellantKg,
  simulateStationKeeping,
  type StationKeepingInput,
  type StationKeepingResult,
} from './formation/control.ts';
export { sampleFormationEci, type FormationSampleVisitor } from './formation/formationSamples.ts';

// Kernels: optical links and the cluster network
export { dbmToW, dbToRatio, ratioToDb, wToDbm } from './links/decibels.ts';
export { apertureGain, beamDivergenceRad, confocalLengthM } from './links/aperture.ts';
export { photonEnergyJ, photonsPerBit, requiredPowerForRateW, SHANNON_LIMIT_PHOTONS_PER_BIT } from './links/photons.ts';
export {
  beamCouplingFraction,
  friisUnityDistanceM,
  type LinkRegime,
  opticalLinkBudget,
  type OpticalLinkBudget,
  type OpticalLinkParameters,
  pointingLossFraction,
  receivedPowerFromConstantsW,
  receivedPowerW,
} from './links/linkBudget.ts';
export { dwdmGridChannels, powerLimitedChannels } from './links/dwdm.ts';
export { maxSpatialOrder, nearFieldApertureM } from './links/spatialMultiplexing.ts';
export {
  gaussianBeamRadiusM,
  gaussianSlabFraction,
  KLEIN_DEGNAN_RADIUS_TO_WAIST,
  spatialBeamWaistM,
  spatialIsolationDb,
  spatialIsolationRangeM,
  spatialIsolationRatio,
} from './links/crosstalk.ts';
export {
  DEFAULT_SPATIAL_ISOLATION_DB,
  effectiveSpatialIsolationDb,
  isolatedSpatialOrder,
  linkCapacityBps,
  linkCapacityConstants,
  type LinkCapacityConstants,
  linkCapacityFromConstantsBps,
  MAX_SPATIAL_ORDER,
  MIMO_ISOLATION_LIMIT_DB,
  MIMO_POWER_PENALTY_DB,
  type OpticalChannelPlan,
  opticalLinkCapacity,
  type OpticalLinkCapacity,
  spatialOrderRangeM,
  wavelengthChannelRangeM,
} from './links/capacity.ts';
export { latticeLinkGraph, linkDistanceM, linkDistancesM, type LinkGraph, type TerminalsPerSatellite } from './links/linkGraph.ts';
export { bisectionBandwidthBps, cutCapacityBps, type LatticeBisection, latticeBisections } from './links/bisection.ts';
export { hopStatistics, type HopStatistics, intactHopStatistics } from './links/hops.ts';
export { type TorusPod, torusPodBisectionBps } from './links/podComparison.ts';
export {
  type ClusterNetworkInput,
  clusterNetworkOverOrbit,
  type ClusterNetworkOverOrbit,
  type PositionsAt,
} from './links/clusterNetwork.ts';
export { LINK_COLOUR_STRONG_RGB, LINK_COLOUR_WEAK_RGB, linkCapacityColourRgb } from './links/linkColour.ts';
export { clusterNetworkSeriesOverOrbit, type ClusterNetworkSeries } from './links/clusterNetworkSeries.ts';

// Kernels: ground contact and the workload's traffic
export {
  type EmbeddingTrafficInput,
  embeddingTrafficPerFlop,
  type TextInferenceTrafficInput,
  textInferenceTrafficPerFlop,
  type TrainingTrafficInput,
  trainingTrafficPerFlop,
  WORKLOAD_KINDS,
  type WorkloadKind,
  workloadPresetTraffic,
  type WorkloadTraffic,
} from './downlink/workload.ts';
export {
  aboveElevationMask,
  elevationMarginM,
  type GroundSite,
  groundSiteOf,
  groundSitesEcef,
  visibilityCapBoundRad,
  visibilityInnerCapRad,
} from './downlink/visibility.ts';
export { type ContactRuns, type ContactSeries, contactSeriesFromMasks, MAX_GROUND_STATIONS } from './downlink/contactSeries.ts';
export type { ContactSeriesInput } from './downlink/contactGeometry.ts';
export { stationContactSeries } from './downlink/groundContact.ts';
export { contactStatistics, type ContactStatistics, expectedUsableLinks, siteDiversityAvailability } from './downlink/contactStatistics.ts';

// Kernels: probability
export { standardNormalCdf, standardNormalQuantile } from './probability/normal.ts';
export {
  type Distribution,
  DISTRIBUTION_KINDS,
  distributionMassInside,
  distributionQuantile,
  distributionSupport,
} from './probability/distributions.ts';
export { seededUniforms } from './probability/random.ts';

// Exchange formats (CCSDS OEM and OMM, GeoJSON ground tracks)
export { integrateFormationEme2000, uniformSampleTimesS } from './exchange/formationStates.ts';
export { formationOem, type OemOptions } from './exchange/oem.ts';
export { formationOmms, formatOmmJson, formatOmmKvn, type OmmJson } from './exchange/omm.ts';
export {
  formationGroundTrack,
  type GroundTrackOptions,
  type LonLat,
  splitAtAntimeridian,
  subSatellitePointDeg,
} from './exchange/groundTrack.ts';

// Scenario: the schema, validated once at the boundary
export { type Scenario, type ScenarioInput, scenarioSchema } from './scenario/schema.ts';
export { formatPath, ScenarioError, type ScenarioProblem } from './scenario/errors.ts';
export { safeValidateScenario, type ScenarioValidation, validateScenario } from './scenario/validate.ts';
export { applyOverrides, overridesFromRecord, parseOverrides, type ScenarioOverride } from './scenario/overrides.ts';
export { SCENARIO_PRESET_NAMES, SCENARIO_PRESETS, type ScenarioPresetName } from './scenario/presets.ts';
export {
  jsonNestingDepth,
  loadScenario,
  loadScenarioAsync,
  MAX_SCENARIO_NESTING,
  parseScenarioJson,
  parseScenarioText,
  type ScenarioLoadInput,
  type ScenarioOverrides,
} from './scenario/load.ts';
export { loadQuantityUnits, missedQuantityConversions, quantityUnitsLoaded } from './scenario/units.ts';
export { scenarioJsonSchema } from './scenario/jsonSchema.ts';
export {
  numericFieldSpec,
  type UncertaintyBlock,
  type UncertaintyProblem,
  uncertaintyProblems,
  uncertaintySection,
} from './scenario/sections/uncertainty.ts';

// Resolve: every model input of a scenario, once, in SI
export {
  type ResolvedEconomics,
  resolveEconomics,
  scenarioCadence,
  scenarioEconomics,
  type ScenarioEconomics,
  scenarioGridCarbonKgPerKwh,
  scenarioLaunchEmbodiedPerKg,
  scenarioLearningCurve,
  STARSHIP_LIFECYCLE,
} from './resolve/economics.ts';
export {
  type ResolvedRadiator,
  type ResolvedSatellite,
  type ResolvedSatelliteScenario,
  type ResolvedScenario,
  resolveScenario,
} from './resolve/index.ts';
export { type ResolvedOrbit, resolveOrbit, resolveSunlight, scenarioEpochUnixS } from './resolve/orbit.ts';
export { clusterFormationDesign, formationEpoch, type ResolvedFormation, resolveFormation } from './resolve/formation.ts';
export { scenarioChannelPlan, scenarioClusterNetworkInput, scenarioLinkParameters } from './resolve/links.ts';
export {
  type ResolvedDownlink,
  resolveDownlink,
  resolveDownlinkStations,
  type ResolvedStation,
  scenarioWorkloadTraffic,
} from './resolve/downlink.ts';
export {
  type ResolvedEnvironment,
  resolveEnvironment,
  scenarioAtmosphere,
  sunInFormationFrame,
  type SunInFormationFrame,
} from './resolve/environment.ts';

// Evaluate: result blocks reduced from the resolved inputs
export { projectEconomics, projectionMeta, projectionTable } from './evaluate/projection.ts';
export { evaluateResolved, evaluateScenario, type Evaluation } from './evaluate/index.ts';
export { evaluateOrbit, orbitBlock, type OrbitEvaluation } from './evaluate/orbit.ts';
export { economicsBlock, type EconomicsEvaluation, evaluateEconomics } from './evaluate/economics.ts';
export { evaluateSatellite, resolveSatelliteDesign, satelliteBlocks, type SatelliteEvaluation } from './evaluate/satellite.ts';
export type { SatelliteDesign, SatelliteFigureSource } from './resolve/satellite.ts';
export { evaluatePower, type PowerEvaluation } from './evaluate/power.ts';
export { evaluateThermal, type ThermalEvaluation } from './evaluate/thermal.ts';
export { evaluateRadiation, type RadiationEvaluation } from './evaluate/radiation.ts';
export { type ComputeEvaluation, evaluateCompute } from './evaluate/compute.ts';
export { evaluateMass, type MassEvaluation } from './evaluate/mass.ts';
export { evaluateLinks, linksBlock, type LinksEvaluation, linksSeries, trilliumPodBisectionBps } from './evaluate/links.ts';
export {
  evaluateFormation,
  evaluateFormationFull,
  formationBlock,
  type FormationEvaluation,
  PAPER_J2_DRIFT_BOUND_MPS_PER_YEAR_PER_KM,
} from './evaluate/formation.ts';
export {
  type ControlEvaluation,
  evaluateFormationControl,
  evaluateStationKeepingEstimate,
  type FailedSatelliteTrack,
  failedSatelliteTrackRic,
  type FailureEvaluation,
  type FormationControlEvaluation,
  type FormationControlOptions,
  stationKeepingBlock,
  stationKeepingErrorSeries,
  type StationKeepingErrorSeries,
  type StationKeepingEstimate,
  stationKeepingInputOf,
  worstPlacedSatellite,
} from './evaluate/stationKeeping.ts';
export {
  dragBlock,
  type DragEvaluation,
  evaluateDrag,
  evaluateSrp,
  scenarioSunInFormationFrame,
  srpBlock,
  type SrpEvaluation,
  stationKeepingDeltaVEstimateMPerSPerYear,
} from './evaluate/drag.ts';
export {
  downlinkDeliveredFraction,
  type DownlinkEvaluation,
  type DownlinkRelay,
  type DownlinkStation,
  evaluateDownlink,
  MAX_RELAY_PHASES,
  scenarioContactStatistics,
  scenarioDownlinkFactor,
} from './evaluate/downlink.ts';
export {
  bindingConstraint,
  DELIVERED_FACTOR_NAMES,
  type DeliveredEvaluation,
  type DeliveredFactor,
  type DeliveredFactorName,
  downlinkLimitedCost,
  evaluateDelivered,
} from './evaluate/delivered.ts';
export {
  EXPORT_FORMATS,
  type ExportFormat,
  formatTleText,
  type ScenarioExportOptions,
  scenarioExportText,
} from './evaluate/scenarioExport.ts';

// Built on evaluation: studies, paper reproduction, uncertainty and sweeps
export {
  type BreakEvenSolution,
  type CostPair,
  costPairInYear,
  KEY_BREAK_EVEN_INPUTS,
  type NoBreakEven,
  scenarioNumberAt,
  solveBreakEven,
  whatWouldItTake,
} from './studies/solveBreakEven.ts';
export { type Assumption, assumptionsRegister, isReasonedSource } from './studies/assumptions.ts';
export { costSnapshot, type CostSnapshot } from './studies/costSnapshot.ts';
export {
  gasCarbonKgPerKwh,
  gasElectricityUsdPerKwh,
  GROUND_BASELINE_IDS,
  groundBaseline,
  type GroundBaseline,
  type GroundBaselineFields,
  type GroundBaselineId,
  isGroundBaselineId,
  queueDelayedCapexUsdPerKw,
  scenarioWithGroundBaseline,
} from './studies/groundBaselines.ts';
export { compareGround, type GroundComparison, type GroundComparisonRow } from './studies/groundCompare.ts';
export {
  applyLever,
  DISCRETE_LADDER_LEVER_IDS,
  isLadderLeverId,
  type Ladder,
  LADDER_LEVER_IDS,
  type LadderLever,
  type LadderLeverId,
  ladderLevers,
  type LadderRow,
  ladderToViability,
  type LeverAlone,
  leverTarget,
  leverValue,
  withEveryReferenceStation,
} from './studies/ladder.ts';
export { reproducePaper, type ReproductionRow } from './reproduce/paperReproduction.ts';
export { latinHypercubeUnitSamples, randomUnitSamples, type SamplingMethod, unitSamples } from './uncertainty/latinHypercube.ts';
export { type Percentiles, percentilesOf, quantileOfSorted } from './uncertainty/percentiles.ts';
export {
  scenarioWithValues,
  type UncertainInput,
  uncertainInputQuantile,
  uncertainInputsOf,
  uncertainValuesFromUnit,
} from './uncertainty/uncertainInputs.ts';
export {
  type MonteCarloOptions,
  monteCarloOptionsOf,
  monteCarloPercentiles,
  monteCarloScenarios,
  monteCarloTable,
  type NullableNumber,
  type TableRow,
} from './uncertainty/monteCarlo.ts';
export { tornado, type Tornado, TORNADO_HIGH_P, TORNADO_LOW_P, type TornadoBar } from './uncertainty/tornado.ts';
export { SAMPLED_PROJECTION_COLUMNS, sampledProjection } from './uncertainty/sampledProjection.ts';
export {
  defaultSaltelliSequence,
  saltelliDesign,
  type SaltelliDesign,
  type SaltelliSequence,
  SOBOL_DEFAULT_BOOTSTRAP,
  SOBOL_DEFAULT_SAMPLES,
  type SobolBootstrapOptions,
  sobolIndices,
  type SobolIndices,
  sobolIndicesFromOutputs,
  type SobolOptions,
} from './uncertainty/sobol.ts';
export { type SobolInputIndices, type SobolMetric, sobolSensitivity, type SobolSensitivity } from './uncertainty/sobolScenario.ts';
export { ORBIT_TO_GROUND_COST_RATIO, scenarioMetrics } from './uncertainty/sensitivityMetrics.ts';
export { SOBOL_SEQUENCE_MAX_DIMENSIONS, sobolSequence } from './uncertainty/sobolSequence.ts';
export {
  linspace,
  linspaceAt,
  parseSweepRange,
  planSweep,
  SWEEP_MAX_LHS_POINTS,
  SWEEP_MAX_POINTS,
  type SweepDefinition,
  type SweepPlan,
  type SweepRange,
  sweepSize,
} from './sweep/definition.ts';
export { parseShard, shardRange, type SweepShard } from './sweep/shard.ts';
export { flattenResult, type SweepCell } from './evaluate/flatten.ts';
export { checkSweepRanges, evaluateSweepColumns, evaluateSweepRows, type SweepEvaluator, type SweepRow } from './sweep/rows.ts';
export { type SweepBatchExecutor, sweepRows, type SweepRunOptions } from './sweep/iterate.ts';
export { csvCell, csvLine } from './sweep/csv.ts';
export {
  feistelPermutation,
  type IndexPermutation,
  mix32,
  STREAMING_LHS_MAX_POINTS,
  streamingLhs,
  type StreamingLhs,
} from './sweep/streamingLhs.ts';
export {
  parseSweepSummaryText,
  safeValidateSweepSummary,
  type SweepRunSummary,
  type SweepRunSummaryDecile,
  type SweepRunSummaryInput,
  type SweepRunSummaryValidation,
  sweepSummaryDecileSchema,
  sweepSummaryFrontPointSchema,
  sweepSummaryInputSchema,
  sweepSummarySchema,
} from './sweep/summary.ts';
