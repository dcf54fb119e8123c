import { z } from 'zod';
import { economicsReferenceFigure } from '../../referenceData.ts';
import { quantity } from '../quantity.ts';

const costDefault = (id: string): number => economicsReferenceFigure('costs', id).value;
const lifecycleDefault = (id: string): number => economicsReferenceFigure('lifecycle', id).value;

/** Launcher emissions cases: today's methalox vehicle, or ASCEND's launcher with 10x lower lifecycle emissions. */
export const LAUNCHER_EMISSIONS_CASES = ['current', 'ascend-10x-lower'] as const;

/**
 * `economics`: the cost of a kW in orbit beyond launch, the carbon price and
 * the scale-out target. Defaults and their reasoning: seeds/costs.json.
 */
export const economicsSection = z
  .strictObject({
    satelliteHardwareUsdPerKg: quantity({
      unit: 'USD/kg',
      min: 0,
      max: 1_000_000,
      description: 'Satellite hardware cost (bus, arrays, radiators; not the chips) per kg of launch mass.',
    }).default(costDefault('satellite.hardwareCost')),
    satelliteHardwareUsdPerW: quantity({
      unit: 'USD/W',
      min: 0,
      max: 10_000,
      description: 'Satellite hardware cost per W of electrical power; replaces `satelliteHardwareUsdPerKg` when given.',
    }).optional(),
    hardwareCostDeclinePerYear: quantity({
      unit: '1',
      min: 0,
      max: 0.5,
      description: 'Fractional fall of the satellite hardware cost per year after 2025 (0: constant).',
    }).default(0),
    operationsFractionPerYear: quantity({
      unit: '1',
      min: 0,
      max: 1,
      description: 'Ground segment and operations per year, as a fraction of satellite hardware cost.',
    }).default(costDefault('operations.fraction')),
    satelliteFailuresPerYear: quantity({
      unit: '1',
      min: 0,
      max: 0.5,
      description: 'Fraction of satellites failing each year and replaced (launch and hardware).',
    }).default(costDefault('satellite.failureRate')),
    chipUsdPerW: quantity({
      unit: 'USD/W',
      min: 0,
      max: 1_000,
      description: 'Accelerator cost per W of chip power: failed chips replaced on the ground, stranded in orbit (failure rate: `compute.failureRatePerYear`).',
    }).default(costDefault('chip.cost')),
    nreUsd: quantity({
      unit: 'USD',
      min: 0,
      max: 1e12,
      description: 'Non-recurring engineering of the programme, amortised over the fleet (`targetPowerMw`) and its life.',
    }).default(0),
    discountRate: quantity({
      unit: '1',
      min: 0,
      max: 0.3,
      description: 'Annual discount rate for amortising capital, both sides (0: straight line, as the paper).',
    }).default(0),
    carbonPriceUsdPerTonne: quantity({
      unit: 'USD/tonne',
      min: 0,
      max: 10_000,
      description: 'Price of CO2e emissions, applied to lifecycle emissions on both sides.',
    }).default(0),
    launcherEmissions: z
      .enum(LAUNCHER_EMISSIONS_CASES)
      .default('current')
      .describe("Launch lifecycle emissions: today's methalox vehicle, or the ASCEND study's launcher with 10x lower emissions."),
    chipEmbodiedCarbonKg: quantity({
      unit: 'kg',
      min: 0,
      max: 100_000,
      description: 'Embodied emissions of one accelerator with its memory, kgCO2e (BLOOM study: about 150).',
    }).default(lifecycleDefault('chip.embodiedCarbon')),
    chipEmbodiedEnergyMj: quantity({
      unit: 'MJ',
      min: 0,
      max: 1e6,
      description: 'Embodied energy of one accelerator with its memory.',
    }).default(lifecycleDefault('chip.embodiedEnergy')),
    satelliteEmbodiedCarbonKgPerKg: quantity({
      unit: '1',
      min: 0,
      max: 10_000,
      description: 'Embodied emissions of the satellite bus per kg of launch mass, kgCO2e/kg (a reasoned placeholder: 60).',
    }).default(lifecycleDefault('satellite.embodiedCarbon')),
    satelliteEmbodiedEnergyMjPerKg: quantity({
      unit: 'MJ/kg',
      min: 0,
      max: 1e5,
      description: 'Embodied energy of the satellite bus per kg of launch mass (a reasoned placeholder: 1,000).',
    }).default(lifecycleDefault('satellite.embodiedEnergy')),
    launchCarbonKgPerKg: quantity({
      unit: '1',
      min: 0,
      max: 10_000,
      description:
        'Launch lifecycle emissions per kg to orbit, kgCO2e/kg; absent: the methalox Starship model of seeds/launch.json (about 21). `launcherEmissions` scales it.',
    }).optional(),
    launchEnergyMjPerKg: quantity({
      unit: 'MJ/kg',
      min: 0,
      max: 1e5,
      description: 'Launch lifecycle energy per kg to orbit; absent: the Starship model (about 290 MJ/kg).',
    }).optional(),
    targetPowerMw: quantity({
      unit: 'MW',
      min: 0.001,
      max: 1e6,
      description: 'Electrical power of the constellation to size (scale-out); absent: one cluster.',
    }).optional(),
  })
  .prefault({});
