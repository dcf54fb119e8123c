import { yearStartUnixS } from '../orbit/epoch.ts';
import { SECONDS_PER_DAY } from '../constants.ts';
import { contactStatistics, type ContactStatistics } from '../downlink/contactStatistics.ts';
import { stationContactSeries } from '../downlink/groundContact.ts';
import { groundSiteOf } from '../downlink/visibility.ts';
import type { WorkloadKind } from '../downlink/workload.ts';
import { degToRad } from '../math.ts';
import { linkCapacityBps } from '../links/capacity.ts';
import { boundedMemo } from '../memo.ts';
import { resolveDownlink, resolveDownlinkStations, type ResolvedDownlink, type ResolvedStation } from '../resolve/downlink.ts';
import { scenarioChannelPlan, scenarioLinkParameters } from '../resolve/links.ts';
import type { ResolvedOrbit } from '../resolve/orbit.ts';
import { resolveSatelliteScenario } from '../resolve/satellite.ts';
import type { Scenario } from '../scenario/schema.ts';
import { evaluateCompute } from './compute.ts';

/** A ground station of the scenario, resolved from its preset, with its contact. */
export interface DownlinkStation {
  readonly name: string;
  readonly latitudeDeg: number;
  readonly longitudeDeg: number;
  readonly clearSkyProbability: number;
  /** Fraction of time the cluster is above the mask from this station. */
  readonly contactFraction: number;
  /** Longest single pass, s. */
  readonly longestPassS: number;
}

/** `downlink`: the workload's traffic to Earth against the ground contact the orbit gives (docs/downlink.md). */
export interface DownlinkEvaluation {
  readonly workloadKind: WorkloadKind;
  /** Bits to the ground per FLOP executed (preset or given), bit/FLOP. */
  readonly bitsToGroundPerFlop: number;
  /** Bits from the ground per FLOP executed, bit/FLOP. */
  readonly bitsFromGroundPerFlop: number;
  readonly stations: readonly DownlinkStation[];
  readonly elevationMaskDeg: number;
  /** Rate of one space-to-ground terminal, bit/s. */
  readonly terminalRateBps: number;
  readonly terminalsPerCluster: number;
  /** Fraction of time at least one station is in view. */
  readonly contactFraction: number;
  /** Seconds per day with at least one station in view, s. */
  readonly contactTimeSPerDay: number;
  /** Contacts begun per day. */
  readonly contactsPerDay: number;
  /** Fraction of time at least one station in view is clear (independent weather). */
  readonly availability: number;
  /** Year-average rate to the ground, bit/s. */
  readonly averageRateBps: number;
  /** Rate the workload needs to the ground at the cluster's compute-limited delivered FLOP/s, bit/s. */
  readonly requiredRateBps: number;
  /** Rate the workload needs from the ground, bit/s (reported; the uplink is not yet a constraint). */
  readonly requiredUplinkRateBps: number;
  /** Longest stretch with no station in view, s. */
  readonly longestGapS: number;
  /** Results produced (at the delivered rate, min(required, average)) during the longest gap, held on board, bytes. */
  readonly bufferBytes: number;
  /** Fraction of the compute-limited work whose results reach the ground: min(1, average / required). */
  readonly deliveredFraction: number;
  /** The relay through the constellation, when `downlink.relay` is `constellation`. */
  readonly relay?: DownlinkRelay;
}

/**
 * The relay through the constellation: N clusters evenly spaced on the orbit
 * pass results along the ring to whichever cluster is over a station. The
 * fleet's contact is the union of the clusters'; its year-average rate is not
 * higher (the same clusters are over the same stations, a station holding a
 * link per cluster in view), so the relay buys a shorter gap and a smaller
 * buffer, and costs ring links.
 */
export interface DownlinkRelay {
  /** Clusters on the ring (economics.scaleOut.clusters). */
  readonly clusters: number;
  /** Clusters simulated on the ring: all of them, or `MAX_RELAY_PHASES` evenly spaced (the union saturates once they overlap). */
  readonly clustersSimulated: number;
  /** Fraction of time at least one cluster of the fleet sees a station. */
  readonly fleetContactFraction: number;
  /** Longest stretch with no cluster over any station, s. */
  readonly longestGapS: number;
  /** Results one cluster produces over that gap, bytes. */
  readonly bufferBytes: number;
  /** Distance between neighbouring clusters on the ring: the chord 2 a sin(pi / N), m. */
  readonly ringLinkDistanceM: number;
  /** Capacity of one inter-cluster link of the scenario's terminal (`links`) at that distance, bit/s. */
  readonly ringLinkCapacityBps: number;
  /** Traffic the busiest ring link carries: half the fleet's delivered downlink traffic (it splits both ways), bit/s. */
  readonly ringLoadBps: number;
  /** Parallel links each ring hop needs: ceil(load / capacity); absent when one link carries nothing at that distance. */
  readonly ringLinksNeeded?: number;
}

/** Most clusters the relay's contact simulation places on the ring. */
export const MAX_RELAY_PHASES = 72;

const statisticsMemo = boundedMemo<ContactStatistics>(32);

/**
 * Contact statistics of the scenario's orbit over its stations, memoised on
 * the inputs they read (a sweep of economic inputs pays for the geometry once).
 * @param phaseCount clusters evenly spaced on the orbit whose contact is pooled (1: one cluster)
 */
export function scenarioContactStatistics(
  scenario: Scenario,
  orbit: ResolvedOrbit,
  phaseCount = 1,
  stations: readonly ResolvedStation[] = resolveDownlinkStations(scenario),
): ContactStatistics {
  const { elevationMaskDeg, sampleDays, stepS, terminalsPerCluster } = scenario.downlink;
  // Keyed on the resolved numbers the statistics read (the inclination follows from the semi-major axis).
  const siteKey = stations.map((s) => `${s.latitudeDeg},${s.longitudeDeg},${s.clearSkyProbability}`).join(';');
  const key = `${orbit.semiMajorAxisM}|${orbit.ltanHours}|${orbit.year}|${siteKey}|${elevationMaskDeg}|${sampleDays}|${stepS}|${terminalsPerCluster}|${phaseCount}`;
  return statisticsMemo(key, () => {
    const series = stationContactSeries({
      semiMajorAxisM: orbit.semiMajorAxisM,
      inclinationRad: orbit.inclinationRad,
      ltanHours: orbit.ltanHours,
      epochUnixS: yearStartUnixS(orbit.year),
      durationS: sampleDays * SECONDS_PER_DAY,
      stepS,
      sites: stations.map(groundSiteOf),
      elevationMaskRad: degToRad(elevationMaskDeg),
      phaseCount,
    });
    return contactStatistics(
      series,
      stations.map((s) => s.clearSkyProbability),
      terminalsPerCluster,
    );
  });
}

/**
 * Delivered fraction of the downlink: the share of the compute-limited work
 * whose results the ground link can carry, min(1, R_avg / (b x F)), with b the
 * bits to ground per FLOP and F the compute-limited delivered FLOP/s. Results
 * beyond the link's year-average rate are never delivered, however large the buffer.
 * @param averageRateBps year-average downlink rate, bit/s
 * @param bitsPerFlop bits to ground per FLOP, bit/FLOP
 * @param flops compute-limited delivered FLOP/s
 */
export function downlinkDeliveredFraction(averageRateBps: number, bitsPerFlop: number, flops: number): number {
  const requiredBps = bitsPerFlop * flops;
  return requiredBps <= 0 ? 1 : Math.min(1, averageRateBps / requiredBps);
}

/**
 * Evaluates the ground link of a scenario.
 * @param computeLimitedFlops cluster FLOP/s before the downlink (peak x utilisation x working chips), FLOP/s
 * @param clusters clusters on the orbit (economics.scaleOut.clusters), for the relay
 * @param inputs the scenario's resolved downlink inputs, when already resolved
 */
export function evaluateDownlink(
  scenario: Scenario,
  orbit: ResolvedOrbit,
  computeLimitedFlops: number,
  clusters = 1,
  inputs: ResolvedDownlink = resolveDownlink(scenario),
): DownlinkEvaluation {
  const { stations, traffic, terminalRateBps } = inputs;
  const statistics = scenarioContactStatistics(scenario, orbit, 1, stations);
  const averageRateBps = terminalRateBps * statistics.meanLinks;
  const requiredRateBps = traffic.bitsToGroundPerFlop * computeLimitedFlops;
  const deliveredRateBps = Math.min(requiredRateBps, averageRateBps);
  return {
    workloadKind: scenario.workload.kind,
    ...traffic,
    stations: stations.map((station, k) => ({
      ...station,
      contactFraction: statistics.siteContactFractions[k]!,
      longestPassS: statistics.siteLongestPassS[k]!,
    })),
    elevationMaskDeg: scenario.downlink.elevationMaskDeg,
    terminalRateBps,
    terminalsPerCluster: scenario.downlink.terminalsPerCluster,
    contactFraction: statistics.contactFraction,
    contactTimeSPerDay: statistics.contactFraction * SECONDS_PER_DAY,
    contactsPerDay: statistics.contactsPerDay,
    availability: statistics.availability,
    averageRateBps,
    requiredRateBps,
    requiredUplinkRateBps: traffic.bitsFromGroundPerFlop * computeLimitedFlops,
    longestGapS: statistics.longestGapS,
    bufferBytes: (deliveredRateBps * statistics.longestGapS) / 8,
    deliveredFraction: downlinkDeliveredFraction(averageRateBps, traffic.bitsToGroundPerFlop, computeLimitedFlops),
    ...(scenario.downlink.relay === 'constellation' ? { relay: evaluateRelay(scenario, orbit, clusters, deliveredRateBps, stations) } : {}),
  };
}

function evaluateRelay(scenario: Scenario, orbit: ResolvedOrbit, clusters: number, deliveredRateBps: number, stations: readonly ResolvedStation[]): DownlinkRelay {
  const clustersSimulated = Math.min(clusters, MAX_RELAY_PHASES);
  const fleet = scenarioContactStatistics(scenario, orbit, clustersSimulated, stations);
  const ringLinkDistanceM = 2 * orbit.semiMajorAxisM * Math.sin(Math.PI / Math.max(clusters, 2));
  const ringLinkCapacityBps = clusters > 1 ? linkCapacityBps(scenarioLinkParameters(scenario.links), scenarioChannelPlan(scenario.links), ringLinkDistanceM) : 0;
  const ringLoadBps = clusters > 1 ? (clusters * deliveredRateBps) / 2 : 0;
  return {
    clusters,
    clustersSimulated,
    fleetContactFraction: fleet.contactFraction,
    longestGapS: fleet.longestGapS,
    bufferBytes: (deliveredRateBps * fleet.longestGapS) / 8,
    ringLinkDistanceM,
    ringLinkCapacityBps,
    ringLoadBps,
    ...(ringLinkCapacityBps > 0 ? { ringLinksNeeded: Math.ceil(ringLoadBps / ringLinkCapacityBps) } : {}),
  };
}

/**
 * The downlink factor of the delivered waterfall for a scenario on its own:
 * `downlinkDeliveredFraction` of the year-average rate its orbit and stations
 * give against the workload's traffic at the cluster's compute-limited
 * delivered FLOP/s. Equal to `evaluateScenario(s).delivered.factorValues.downlink`
 * (the relay changes the gap, not the rate), without the other blocks.
 */
export function scenarioDownlinkFactor(scenario: Scenario): number {
  const resolved = resolveSatelliteScenario(scenario);
  const compute = evaluateCompute(resolved);
  const statistics = scenarioContactStatistics(scenario, resolved.orbit);
  const { terminalRateBps, traffic } = resolveDownlink(scenario);
  const averageRateBps = terminalRateBps * statistics.meanLinks;
  return downlinkDeliveredFraction(averageRateBps, traffic.bitsToGroundPerFlop, compute.clusterLifetimeAverageDeliveredFlops);
}
