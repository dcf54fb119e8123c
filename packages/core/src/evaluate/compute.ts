import { computePowerAvailableW } from '../compute/chipBudget.ts';
import { lifetimeAverageSurvivingFraction, survivingFraction } from '../compute/survival.ts';
import { CHIPS, type ChipName } from '../referenceData.ts';
import type { ResolvedSatelliteScenario } from '../resolve/satellite.ts';

/** `compute`: accelerators per satellite and the cluster's FLOP/s. */
export interface ComputeEvaluation {
  readonly chip: ChipName;
  /** Power of one accelerator, W. */
  readonly chipPowerW: number;
  /** False where the vendor publishes no chip power and the value is a reasoned default. */
  readonly chipPowerPublished: boolean;
  /** Peak dense bf16 throughput of one accelerator, FLOP/s. */
  readonly chipPeakFlops: number;
  /** Delivered over peak FLOP/s. */
  readonly utilization: number;
  /** Host power per W of accelerator. */
  readonly hostOverheadFraction: number;
  /** Power left for accelerators and hosts after terminals, avionics and thermal control, W. */
  readonly computePowerW: number;
  readonly chipsPerSatellite: number;
  readonly satellitePeakFlops: number;
  readonly satelliteDeliveredFlops: number;
  readonly clusterChips: number;
  readonly clusterPeakFlops: number;
  /** Cluster FLOP/s at the utilisation, all chips working, FLOP/s. */
  readonly clusterDeliveredFlops: number;
  /** Hard chip failures per satellite per year at beginning of life. */
  readonly chipFailuresPerSatellitePerYear: number;
  /** Chips still working at end of life (no repair). */
  readonly survivingFractionEndOfLife: number;
  /** Chips working, averaged over the life. */
  readonly lifetimeAverageSurvivingFraction: number;
  /** Cluster delivered FLOP/s averaged over the life, with chip failures, FLOP/s. */
  readonly clusterLifetimeAverageDeliveredFlops: number;
}

/** The `compute` block: the accelerators the resolved power budget carries, their FLOP/s and their failures over the life. */
export function evaluateCompute({ scenario, satellite: resolved }: Pick<ResolvedSatelliteScenario, 'scenario' | 'satellite'>): ComputeEvaluation {
  const { compute, cluster } = scenario;
  const { chipPowerW, chipPeakFlops, chipsPerSatellite: chips, computeBudget, lifetimeYears } = resolved.design;
  const satellitePeakFlops = chips * chipPeakFlops;
  const clusterPeakFlops = satellitePeakFlops * cluster.satellites;
  const clusterDeliveredFlops = clusterPeakFlops * compute.utilization;
  const averageSurviving = lifetimeAverageSurvivingFraction(compute.failureRatePerYear, lifetimeYears);
  return {
    chip: compute.chip,
    chipPowerW,
    chipPowerPublished: compute.chipPowerW !== undefined || CHIPS[compute.chip].powerW.published,
    chipPeakFlops,
    utilization: compute.utilization,
    hostOverheadFraction: compute.hostOverheadFraction,
    computePowerW: computePowerAvailableW(computeBudget),
    chipsPerSatellite: chips,
    satellitePeakFlops,
    satelliteDeliveredFlops: satellitePeakFlops * compute.utilization,
    clusterChips: chips * cluster.satellites,
    clusterPeakFlops,
    clusterDeliveredFlops,
    chipFailuresPerSatellitePerYear: chips * compute.failureRatePerYear,
    survivingFractionEndOfLife: survivingFraction(compute.failureRatePerYear, lifetimeYears),
    lifetimeAverageSurvivingFraction: averageSurviving,
    clusterLifetimeAverageDeliveredFlops: clusterDeliveredFlops * averageSurviving,
  };
}
