import { KG_PER_TONNE } from '../constants.ts';
import { referenceValue } from '../referenceData.ts';
import type { CumulativeMassPoint } from './cadence.ts';

/** Names of the built-in cumulative-mass trajectories. */
export const CADENCE_PRESET_NAMES = ['suncatcher-200', 'suncatcher-300'] as const;

/** A built-in cumulative-mass trajectory. */
export type CadencePresetName = (typeof CADENCE_PRESET_NAMES)[number];

const startYear = 2025;
const targetYear = 2035;
const referenceMassKg = referenceValue('launch.referenceCumulativeMass') * KG_PER_TONNE;

/**
 * The paper's two launch cases (section 2.4), starting from the Falcon Heavy
 * reference point (400 t) in 2025: `suncatcher-200` adds about 370,000 t by
 * 2035 (about 180 Starship flights of 200 t a year), reaching about 200 USD/kg
 * at a 20 % learning rate; `suncatcher-300` adds 104,000 t (72 % less),
 * reaching about 300 USD/kg. After 2035 each keeps its 2025-2035 average
 * annual mass (see `cumulativeMassKgInYear`).
 */
export const CADENCE_PRESETS: Readonly<Record<CadencePresetName, readonly CumulativeMassPoint[]>> = {
  'suncatcher-200': [
    { year: startYear, cumulativeMassKg: referenceMassKg },
    { year: targetYear, cumulativeMassKg: referenceMassKg + referenceValue('launch.massFor200') * KG_PER_TONNE },
  ],
  'suncatcher-300': [
    { year: startYear, cumulativeMassKg: referenceMassKg },
    { year: targetYear, cumulativeMassKg: referenceMassKg + referenceValue('launch.massFor300') * KG_PER_TONNE },
  ],
};
