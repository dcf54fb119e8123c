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
export interface FormationFrame {
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

let frame: FormationFrame | undefined;
let frameEvaluation: Evaluation | undefined;

function buildFrame(scenario: Scenario): FormationFrame {
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
export function formationAt(scenario: Scenario, evaluation: Evaluation, timeS: number): FormationFrame {
  if (!frame || frameEvaluation !== evaluation) {
    frame = buildFrame(scenario);
    frameEvaluation = evaluation;
  }
  if (frame.timeS !== timeS) {
    linkDistancesM(frame.graph, formationRicPositionsM(frame.design, timeS, frame.positionsRicM), frame.linkDistancesM);
    for (let k = 0; k < frame.graph.linkCount; k++) {
      frame.linkCapacitiesBps[k] = linkCapacityFromConstantsBps(frame.capacityConstants, frame.linkDistancesM[k]!);
    }
    frame.timeS = timeS;
  }
  return frame;
}
