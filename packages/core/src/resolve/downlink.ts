import { BPS_PER_GBPS } from '../constants.ts';
import { workloadPresetTraffic } from '../downlink/workload.ts';
import type { Scenario } from '../scenario/schema.ts';
import { GROUND_STATIONS } from '../referenceData.ts';

/** A ground station of the scenario, its preset looked up. */
export interface ResolvedStation {
  readonly name: string;
  readonly latitudeDeg: number;
  readonly longitudeDeg: number;
  readonly clearSkyProbability: number;
}

/** The scenario's stations with presets looked up in seeds/downlink.json. */
export function resolveDownlinkStations(scenario: Scenario): readonly ResolvedStation[] {
  return scenario.downlink.stations.map((station) => {
    if (typeof station !== 'string') return station;
    const reference = GROUND_STATIONS[station]!;
    return { name: reference.name, latitudeDeg: reference.latitudeDeg, longitudeDeg: reference.longitudeDeg, clearSkyProbability: reference.clearSkyProbability };
  });
}

/** The workload's traffic per FLOP: the preset's, or the scenario's figures where given. */
export function scenarioWorkloadTraffic(scenario: Scenario): { bitsToGroundPerFlop: number; bitsFromGroundPerFlop: number } {
  const preset = workloadPresetTraffic(scenario.workload.kind);
  return {
    bitsToGroundPerFlop: scenario.workload.bitsToGroundPerFlop ?? preset.bitsToGroundPerFlop,
    bitsFromGroundPerFlop: scenario.workload.bitsFromGroundPerFlop ?? preset.bitsFromGroundPerFlop,
  };
}

/** The downlink inputs of a scenario: stations with presets looked up, the workload's traffic per FLOP and the terminal rate. */
export interface ResolvedDownlink {
  readonly stations: readonly ResolvedStation[];
  readonly traffic: { readonly bitsToGroundPerFlop: number; readonly bitsFromGroundPerFlop: number };
  /** Rate of one space-to-ground terminal, bit/s. */
  readonly terminalRateBps: number;
}

/** Resolves the downlink inputs of a scenario (reference stations and presets applied, SI units). */
export function resolveDownlink(scenario: Scenario): ResolvedDownlink {
  return {
    stations: resolveDownlinkStations(scenario),
    traffic: scenarioWorkloadTraffic(scenario),
    terminalRateBps: scenario.downlink.terminalRateGbps * BPS_PER_GBPS,
  };
}
