import { BPS_PER_GBPS } from '../constants.ts';
import type { ComputeEvaluation } from './compute.ts';
import type { DownlinkEvaluation } from './downlink.ts';

/** The named factors of the delivered-compute waterfall, in the order they apply. */
export const DELIVERED_FACTOR_NAMES = ['power', 'thermal', 'network', 'availability', 'utilization', 'downlink'] as const;
export type DeliveredFactorName = (typeof DELIVERED_FACTOR_NAMES)[number];

/** One step of the waterfall. */
export interface DeliveredFactor {
  readonly name: DeliveredFactorName;
  /** Fraction kept at this step, 0 to 1. */
  readonly value: number;
  /** Where the value comes from, or why it is 1. */
  readonly note: string;
}

/** `delivered`: peak FLOP/s through each named factor to the FLOP/s whose results reach Earth. */
export interface DeliveredEvaluation {
  /** Cluster peak FLOP/s, all chips working, FLOP/s. */
  readonly peakFlops: number;
  readonly factors: readonly DeliveredFactor[];
  /** The same factors keyed by name (sweep and tornado columns: `delivered.factorValues.downlink`). */
  readonly factorValues: Readonly<Record<DeliveredFactorName, number>>;
  /** peak x product of the factors, FLOP/s. */
  readonly deliveredFlops: number;
  /** The factor that limits most (smallest value); `none` when every factor is 1. */
  readonly bindingConstraint: DeliveredFactorName | 'none';
  /**
   * The orbital cost per kW-year of IT power divided by the downlink's delivered
   * fraction: what a kW-year whose results all reach Earth costs, USD/kW/year.
   */
  readonly orbitalUsdPerKwYearDownlinkLimited: number;
}

/**
 * The factor that limits most: the smallest below 1, the first on a tie.
 * @returns its name, or `none` when every factor is 1
 */
export function bindingConstraint(factors: readonly DeliveredFactor[]): DeliveredFactorName | 'none' {
  let binding: DeliveredFactor | undefined;
  for (const factor of factors) {
    if (factor.value < 1 && (binding === undefined || factor.value < binding.value)) binding = factor;
  }
  return binding?.name ?? 'none';
}

/**
 * The delivered-compute waterfall: delivered = peak x prod(factors) (the
 * identity the validation tests check). Power is the array's derating of the
 * working chips (issue 11's delivered-IT basis); thermal and network are 1
 * until their models derate the cluster; availability is the lifetime-average
 * fraction of chips working; utilisation is delivered over peak FLOP/s on
 * working chips; downlink is `downlinkDeliveredFraction`.
 * @param orbitalUsdPerKwYear the economics' orbital cost per kW of delivered IT power per year, USD/kW/year
 * @param deliveredItFraction the economics' life-averaged delivered over installed IT power (chip failures and array derating), 0 to 1
 */
export function evaluateDelivered(
  compute: ComputeEvaluation,
  downlink: DownlinkEvaluation,
  orbitalUsdPerKwYear: number,
  deliveredItFraction: number,
): DeliveredEvaluation {
  const factors: DeliveredFactor[] = [
    {
      name: 'power',
      // The economics' delivered IT (chips working, capped by the degraded array) over chips working alone.
      value: Math.min(1, deliveredItFraction / compute.lifetimeAverageSurvivingFraction),
      note: 'IT power the degrading array still supplies to the working chips, averaged over the life (satellite.sizing)',
    },
    { name: 'thermal', value: 1, note: 'no thermal derating modelled: the radiator is sized to the heat' },
    { name: 'network', value: 1, note: 'intra-cluster bisection not yet compared with the workload' },
    { name: 'availability', value: compute.lifetimeAverageSurvivingFraction, note: 'chips working, averaged over the life (no repair)' },
    { name: 'utilization', value: compute.utilization, note: 'delivered over peak FLOP/s of a working chip' },
    {
      name: 'downlink',
      value: downlink.deliveredFraction,
      note: `year-average ${(downlink.averageRateBps / BPS_PER_GBPS).toPrecision(3)} Gb/s to the ground against ${(downlink.requiredRateBps / BPS_PER_GBPS).toPrecision(3)} Gb/s needed`,
    },
  ];
  const product = factors.reduce((p, f) => p * f.value, 1);
  return {
    peakFlops: compute.clusterPeakFlops,
    factors,
    factorValues: Object.fromEntries(factors.map((f) => [f.name, f.value])) as Record<DeliveredFactorName, number>,
    deliveredFlops: compute.clusterPeakFlops * product,
    bindingConstraint: bindingConstraint(factors),
    orbitalUsdPerKwYearDownlinkLimited: downlinkLimitedCost(orbitalUsdPerKwYear, downlink.deliveredFraction),
  };
}

/**
 * Cost per unit of output when only a fraction of it reaches its users:
 * cost / fraction (infinite when nothing is delivered).
 * @param costPerUnit cost per unit of capacity, any unit
 * @param deliveredFraction fraction of the capacity's output delivered, 0 to 1
 */
export function downlinkLimitedCost(costPerUnit: number, deliveredFraction: number): number {
  return deliveredFraction > 0 ? costPerUnit / deliveredFraction : Number.POSITIVE_INFINITY;
}
