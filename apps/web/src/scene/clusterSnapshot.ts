import {
  clusterFormationDesign,
  formationRicPositionsM,
  latticeLinkGraph,
  linkCapacityConstants,
  linkCapacityFromConstantsBps,
  linkDistancesM,
  ricBuffer,
  scenarioChannelPlan,
  scenarioLinkParameters,
  type Evaluation,
  type FormationDesign,
  type LinkCapacityConstants,
  type LinkGraph,
  type OpticalChannelPlan,
  type OpticalLinkParameters,
  type RicBuffer,
  type Scenario,
} from '@solstice/core';

/**
 * One cluster as the scene draws it at one instant: the same design, link
 * graph and link model that `solstice eval` evaluates, the RIC positions and
 * each link's capacity now. Shared by every scene component and recomputed at
 * most once per frame.
 */
export interface ClusterSnapshot {
  readonly design: FormationDesign;
  readonly graph: LinkGraph;
  readonly link: OpticalLinkParameters;
  readonly plan: OpticalChannelPlan;
  /** The link model's constants for these terminals and plan, with each spatial order's crosstalk range cached. */
  readonly capacityConstants: LinkCapacityConstants;
  /** RIC positions at `timeS`, 3 per satellite (x radial, y along-track, z cross-track), m. */
  readonly positionsRicM: RicBuffer;
  /** Length of each link at `timeS`, m. */
  readonly linkDistancesM: Float64Array;
  /** Capacity of each link at `timeS`, bit/s (one direction). */
  readonly linkCapacitiesBps: Float64Array;
  timeS: number;
}

let snapshot: ClusterSnapshot | undefined;
let snapshotEvaluation: Evaluation | undefined;

function buildSnapshot(scenario: Scenario): ClusterSnapshot {
  const design = clusterFormationDesign(scenario);
  const graph = latticeLinkGraph(design.lattice.radialIndex, design.lattice.alongTrackIndex, scenario.links.terminalsPerSatellite);
  const link = scenarioLinkParameters(scenario.links);
  const plan = scenarioChannelPlan(scenario.links);
  return {
    design,
    graph,
    link,
    plan,
    capacityConstants: linkCapacityConstants(link, plan),
    positionsRicM: ricBuffer(3 * design.satellites),
    linkDistancesM: new Float64Array(graph.linkCount),
    linkCapacitiesBps: new Float64Array(graph.linkCount),
    timeS: Number.NaN,
  };
}

/** The cluster at `timeS` (since the lattice epoch, 1 January 00:00 UTC of the scenario year). */
export function clusterSnapshotAt(scenario: Scenario, evaluation: Evaluation, timeS: number): ClusterSnapshot {
  if (!snapshot || snapshotEvaluation !== evaluation) {
    snapshot = buildSnapshot(scenario);
    snapshotEvaluation = evaluation;
  }
  if (snapshot.timeS !== timeS) {
    linkDistancesM(snapshot.graph, formationRicPositionsM(snapshot.design, timeS, snapshot.positionsRicM), snapshot.linkDistancesM);
    for (let k = 0; k < snapshot.graph.linkCount; k++) {
      snapshot.linkCapacitiesBps[k] = linkCapacityFromConstantsBps(snapshot.capacityConstants, snapshot.linkDistancesM[k]!);
    }
    snapshot.timeS = timeS;
  }
  return snapshot;
}
