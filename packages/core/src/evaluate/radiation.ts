import { JULIAN_YEAR_S, M_PER_MM } from '../constants.ts';
import { doseMarginX, shieldedAnnualDoseRadPerYear } from '../radiation/doseDepth.ts';
import { singleEventsPerInference, singleEventsPerYear } from '../radiation/singleEvents.ts';
import type { Scenario } from '../scenario/schema.ts';
import { referenceValue } from '../referenceData.ts';

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

/** Aluminium-equivalent thickness the paper quotes its dose behind (`radiation.annualDose10mmAl`, P §4.3), m. */
const REFERENCE_SHIELD_THICKNESS_M = 10 * M_PER_MM;

/**
 * The `radiation` block: the paper's 150 rad(Si)/y behind 10 mm Al, scaled in
 * thickness, and the single-event rates per chip and per inference it gives.
 */
export function evaluateRadiation({ scenario }: { readonly scenario: Scenario }): RadiationEvaluation {
  const { satellite, compute } = scenario;
  const annualDoseRad = shieldedAnnualDoseRadPerYear(
    referenceValue('radiation.annualDose10mmAl'),
    REFERENCE_SHIELD_THICKNESS_M,
    satellite.shieldingMmAl * M_PER_MM,
    satellite.doseDepthExponent,
  );
  const lifetimeDoseRad = annualDoseRad * satellite.lifetimeYears;
  const perYear = (id: string) => singleEventsPerYear(annualDoseRad, referenceValue(id));
  const perInference = (perChipPerYear: number) => singleEventsPerInference(perChipPerYear, compute.inferencesPerSecond, JULIAN_YEAR_S);
  const sdcPerChipPerYear = perYear('radiation.radPerSdc');
  const hbmUncorrectablePerChipPerYear = perYear('radiation.radPerHbmUe');
  const crashes = {
    chip: perYear('radiation.radPerTpuCrash'),
    hostCpu: perYear('radiation.radPerCpuCrash'),
    hostRam: perYear('radiation.radPerRamCrash'),
  };
  return {
    shieldingMmAl: satellite.shieldingMmAl,
    annualDoseRad,
    lifetimeDoseRad,
    hbmMarginX: doseMarginX(referenceValue('radiation.hbmThreshold'), lifetimeDoseRad),
    noFailureMarginX: doseMarginX(referenceValue('radiation.noFailureDose'), lifetimeDoseRad),
    sdcPerChipPerYear,
    sdcPerInference: perInference(sdcPerChipPerYear),
    hbmUncorrectablePerChipPerYear,
    hbmUncorrectablePerInference: perInference(hbmUncorrectablePerChipPerYear),
    chipCrashesPerChipPerYear: crashes.chip,
    hostCpuCrashesPerChipPerYear: crashes.hostCpu,
    hostRamCrashesPerChipPerYear: crashes.hostRam,
    crashesPerInference: perInference(crashes.chip + crashes.hostCpu + crashes.hostRam),
  };
}
