/**
 * Decibel conversions for link budgets. A ratio in dB is 10 log10 of a power
 * ratio; dBm is a power referred to 1 mW.
 */

/** Watts in one milliwatt, the reference power of dBm. */
const W_PER_MILLIWATT = 1e-3;

/** Power ratio (linear, dimensionless) to decibels: 10 log10(ratio), dB. */
export function ratioToDb(ratio: number): number {
  return 10 * Math.log10(ratio);
}

/** Decibels to a power ratio: 10^(dB / 10), dimensionless. */
export function dbToRatio(valueDb: number): number {
  return 10 ** (valueDb / 10);
}

/** Power in dBm (referred to 1 mW) to watts: 1 mW x 10^(dBm / 10), W. */
export function dbmToW(powerDbm: number): number {
  return W_PER_MILLIWATT * dbToRatio(powerDbm);
}

/** Power in watts to dBm: 10 log10(P / 1 mW), dBm. */
export function wToDbm(powerW: number): number {
  return ratioToDb(powerW / W_PER_MILLIWATT);
}
