import { z } from 'zod';
import { GRID_REGIONS } from '../../referenceData.ts';
import { GROUND_CHIP_POLICIES } from '../../economics/chipAccounting.ts';
import { quantity } from '../quantity.ts';

const GRID_REGION_NAMES = Object.keys(GRID_REGIONS) as [string, ...string[]];

/** `ground`: the terrestrial datacenter compared against. */
export const groundSection = z
  .strictObject({
    electricityUsdPerKwh: quantity({
      unit: 'USD/kWh',
      min: 0.001,
      max: 2,
      description: 'Grid electricity price (US industrial average 2024: about 0.08 USD/kWh).',
    }).default(0.08),
    pue: quantity({
      unit: '1',
      min: 1,
      max: 3,
      description: 'Power usage effectiveness: facility power over IT power (Google fleet: 1.10).',
    }).default(1.1),
    electricityPriceChangePerYear: quantity({
      unit: '1',
      min: -0.2,
      max: 0.2,
      description: 'Fractional change of the electricity price per year from 2025, when `electricityUsdPerKwh` applies (0: constant).',
    }).default(0),
    gridRegion: z
      .enum(GRID_REGION_NAMES)
      .default('us')
      .describe('Grid whose carbon intensity the datacenter draws (seeds/grid.json, Ember 2023).'),
    gridCarbonKgPerKwh: quantity({
      unit: 'kg/kWh',
      min: 0,
      max: 2,
      description: 'Grid carbon intensity, kgCO2e/kWh; replaces the `gridRegion` figure.',
    }).optional(),
    gridCarbonChangePerYear: quantity({
      unit: '1',
      min: -0.3,
      max: 0.1,
      description: 'Fractional change of the grid carbon intensity per year from 2025 (-0.03: decarbonising 3 % a year).',
    }).default(0),
    facilityCapexUsdPerKw: quantity({
      unit: 'USD/kW',
      min: 0,
      max: 100_000,
      description: 'Build cost of the datacenter per kW of IT load (about 10-12 million USD/MW, Cushman & Wakefield 2024).',
    }).default(10_000),
    facilityLifetimeYears: quantity({
      unit: 'year',
      min: 1,
      max: 60,
      description: 'Life over which the facility is amortised.',
    }).default(15),
    hardwareLifetimeYears: quantity({
      unit: 'year',
      min: 0.5,
      max: 20,
      description: "Service life of the ground datacenter's accelerators: their cost, embodied energy and carbon are spread over it.",
    }).default(5),
    chipPolicy: z
      .enum(GROUND_CHIP_POLICIES)
      .default('rolling-fleet')
      .describe(
        'How the datacenter buys chips: rolling-fleet (failed chips replaced at once, each retired at hardwareLifetimeYears; the steady state, and the basis on which a chip costs the same per delivered kW as in orbit) or whole-fleet (bought and retired together, failures replaced until then).',
      ),
  })
  .prefault({});
