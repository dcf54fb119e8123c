import { z } from 'zod';
import { CHIPS, satelliteReferenceValue, type ChipName } from '../../referenceData.ts';
import { quantity } from '../quantity.ts';

const CHIP_NAMES = Object.keys(CHIPS) as [ChipName, ...ChipName[]];

/**
 * `compute`: the accelerators each satellite carries and what else draws power.
 * Chip power and peak default to the reference figures of `chip`
 * (seeds/chips.json); the number of chips follows from the satellite's power.
 */
export const computeSection = z
  .strictObject({
    chip: z
      .enum(CHIP_NAMES)
      .default('trillium')
      .describe('Accelerator whose seeded figures fill chipPowerW and chipPeakFlops: trillium (TPU v6e), ironwood (TPU7x), h100.'),
    chipPowerW: quantity({
      unit: 'W',
      min: 1,
      max: 10_000,
      description: "Power of one accelerator; absent: the chip's seeded figure (Trillium: 640 W, a reasoned default, not published).",
    }).optional(),
    chipPeakFlops: quantity({
      unit: '1',
      min: 1e9,
      max: 1e18,
      description: "Peak dense bf16 throughput of one accelerator, FLOP/s; absent: the chip's seeded figure (Trillium: 9.18e14).",
    }).optional(),
    utilization: quantity({
      unit: '1',
      min: 0.01,
      max: 1,
      description: 'Delivered over peak FLOP/s (PaLM on TPU v4: 46 %).',
    }).default(satelliteReferenceValue('compute.utilization')),
    failureRatePerYear: quantity({
      unit: '1',
      min: 0,
      max: 2,
      description: 'Hard failures per chip per year, never repaired in orbit (Llama 3 on H100: 0.091).',
    }).default(satelliteReferenceValue('compute.failureRatePerYear')),
    hostOverheadFraction: quantity({
      unit: '1',
      min: 0,
      max: 3,
      description: 'Host CPU, memory and network power per W of accelerator.',
    }).default(satelliteReferenceValue('compute.hostOverheadFraction')),
    opticalTerminals: quantity({
      unit: '1',
      min: 0,
      max: 32,
      integer: true,
      description: 'Optical inter-satellite terminals per satellite.',
    }).default(satelliteReferenceValue('compute.opticalTerminals')),
    opticalTerminalPowerW: quantity({
      unit: 'W',
      min: 0,
      max: 10_000,
      description: 'Electrical power of one optical terminal.',
    }).default(satelliteReferenceValue('compute.opticalTerminalPower')),
    avionicsPowerW: quantity({
      unit: 'W',
      min: 0,
      max: 100_000,
      description: 'Bus avionics, attitude control and propulsion standby power.',
    }).default(satelliteReferenceValue('compute.avionicsPower')),
    thermalControlFraction: quantity({
      unit: '1',
      min: 0,
      max: 0.3,
      description: 'Pumps and heaters per W of satellite power.',
    }).default(satelliteReferenceValue('compute.thermalControlFraction')),
    chipMassKg: quantity({
      unit: 'kg',
      min: 0.01,
      max: 1_000,
      description: 'Mass per accelerator with its board, cold plate and share of the host.',
    }).default(satelliteReferenceValue('compute.chipMass')),
    shieldedAreaPerChipM2: quantity({
      unit: 'm^2',
      min: 0,
      max: 10,
      description: 'Shield surface enclosing one accelerator and its share of the host.',
    }).default(satelliteReferenceValue('compute.shieldedAreaPerChip')),
    inferencesPerSecond: quantity({
      unit: '1',
      min: 1e-6,
      max: 1e9,
      description: 'Inferences per chip per second, for per-inference error rates (the paper: 1).',
    }).default(satelliteReferenceValue('radiation.inferencesPerSecond')),
  })
  .prefault({});
