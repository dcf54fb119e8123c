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
export * from './constants.ts';
export * from './math.ts';
export * from './referenceData.ts';

export * from './orbit/circularOrbit.ts';
export * from './orbit/sunSynchronous.ts';
export * from './orbit/sunDirection.ts';
export * from './orbit/sunlight.ts';
export * from './orbit/orbitPlane.ts';

export * from './launch/wrightsLaw.ts';
export * from './launch/cadence.ts';
export * from './launch/cadencePresets.ts';
export * from './economics/launchedPower.ts';
export * from './launch/launchPrice.ts';
export * from './launch/launchLifecycle.ts';
export * from './economics/amortisation.ts';
export * from './economics/orbitalCost.ts';
export * from './economics/footprint.ts';
export * from './economics/economicsModel.ts';
export * from './economics/breakEven.ts';
export * from './economics/chipAccounting.ts';
export * from './studies/solveBreakEven.ts';
export * from './studies/assumptions.ts';
export * from './studies/costSnapshot.ts';
export * from './studies/groundBaselines.ts';
export * from './studies/groundCompare.ts';
export * from './studies/ladder.ts';
export * from './economics/scaleOut.ts';
export * from './resolve/economics.ts';
export * from './economics/projection.ts';
export * from './economics/projectionExport.ts';
export * from './evaluate/projection.ts';
export * from './economics/groundCost.ts';
export * from './reproduce/paperReproduction.ts';
export * from './ground/groundPower.ts';

export * from './power/solarArray.ts';
export * from './power/degradation.ts';
export * from './power/battery.ts';
export * from './power/groundYield.ts';
export * from './thermal/earthViewFactor.ts';
export * from './thermal/radiator.ts';
export * from './radiation/doseDepth.ts';
export * from './radiation/singleEvents.ts';
export * from './compute/chipBudget.ts';
export * from './compute/survival.ts';
export * from './compute/itDelivery.ts';
export * from './mass/satelliteMass.ts';

export * from './formation/index.ts';
export * from './downlink/workload.ts';
export * from './downlink/groundContact.ts';
export * from './downlink/contactStatistics.ts';
export * from './links/index.ts';
export * from './exchange/index.ts';

export * from './scenario/schema.ts';
export * from './scenario/errors.ts';
export * from './scenario/validate.ts';
export * from './scenario/overrides.ts';
export * from './scenario/presets.ts';
export * from './scenario/load.ts';
export { loadQuantityUnits, missedQuantityConversions, quantityUnitsLoaded } from './scenario/units.ts';
export * from './scenario/jsonSchema.ts';
export * from './scenario/sections/uncertainty.ts';

export * from './uncertainty/index.ts';
export * from './sweep/index.ts';

export * from './resolve/index.ts';
export * from './resolve/orbit.ts';
export * from './resolve/formation.ts';
export * from './resolve/links.ts';
export * from './resolve/downlink.ts';
export * from './resolve/environment.ts';
export * from './evaluate/index.ts';
export * from './evaluate/orbit.ts';
export * from './evaluate/economics.ts';
export * from './evaluate/satellite.ts';
export * from './evaluate/power.ts';
export * from './evaluate/thermal.ts';
export * from './evaluate/radiation.ts';
export * from './evaluate/compute.ts';
export * from './evaluate/mass.ts';
export * from './evaluate/links.ts';
export * from './evaluate/formation.ts';
export * from './evaluate/stationKeeping.ts';
export * from './evaluate/drag.ts';
export * from './evaluate/downlink.ts';
export * from './evaluate/delivered.ts';

// The app draws only, the CLI repeats nothing (issue 15): series and frames the scene, charts and CLI take from core.
export { sampleFormationEci, type FormationSampleVisitor } from './formation/formationSamples.ts';
export { eclipseDurationByDayS } from './orbit/eclipseSeries.ts';
export { clusterNetworkSeriesOverOrbit, type ClusterNetworkSeries } from './links/clusterNetworkSeries.ts';
export { sunlightSeriesOverYear, type SunlightSeries } from './orbit/sunlight.ts';
export { formationNodeRad } from './formation/ephemeris.ts';
