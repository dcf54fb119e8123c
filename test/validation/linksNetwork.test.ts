import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bisectionBandwidthBps,
  clusterLattice,
  clusterNetworkOverOrbit,
  cutCapacityBps,
  evaluateLinks,
  hopStatistics,
  latticeBisections,
  latticeLinkGraph,
  linkCapacityBps,
  podReferenceValue,
  scenarioChannelPlan,
  scenarioClusterNetworkInput,
  scenarioLinkParameters,
  referenceValue,
  torusPodBisectionBps,
  trilliumPodBisectionBps,
  validateScenario,
  type LinkGraph,
} from '@solstice/core';

/** Cut capacity of the split `mask` (bit v set: satellite v in the first half). */
function maskCut(graph: LinkGraph, weights: Float64Array, mask: number): number {
  let sum = 0;
  for (let k = 0; k < graph.linkCount; k++) {
    if (((mask >> graph.linkFrom[k]!) & 1) !== ((mask >> graph.linkTo[k]!) & 1)) sum += weights[k]!;
  }
  return sum;
}

/** The true minimum bisection by enumerating every split into floor(n/2) and the rest (Gosper's hack). */
function exhaustiveMinBisection(graph: LinkGraph, weights: Float64Array): number {
  const n = graph.nodeCount;
  const half = Math.floor(n / 2);
  let best = Infinity;
  let mask = (1 << half) - 1;
  while (mask < 1 << n) {
    const cut = maskCut(graph, weights, mask);
    if (cut < best) best = cut;
    const c = mask & -mask;
    const r = mask + c;
    mask = (((r ^ mask) >>> 2) / c) | r;
  }
  return best;
}

/** Weights by lattice direction: radial (di = 1, dj = 0), along-track, diagonal. */
function directionWeights(graph: LinkGraph, i: Int32Array, radial: number, alongTrack: number, diagonal: number): Float64Array {
  const weights = new Float64Array(graph.linkCount);
  for (let k = 0; k < graph.linkCount; k++) {
    if (graph.linkDiagonal[k]) weights[k] = diagonal;
    else weights[k] = i[graph.linkFrom[k]!] !== i[graph.linkTo[k]!] ? radial : alongTrack;
  }
  return weights;
}

describe('bisection bandwidth: straight lattice cuts against every possible split', () => {
  // Reference: exhaustive enumeration of all C(21, 10) = 352,716 splits of the 21-satellite lattice
  // (i^2 + j^2 <= 5); tolerance: exact. Weights cover uniform capacities, the paper's 2:1 spacing at
  // the lattice epoch without crosstalk (radial links 100 m: 470.4 Tbps, along-track 200 m: 240 Tbps), its
  // reverse, and with crosstalk at 15 dB (issue 12: 100 m 153.6 Tbps, 200 m and the 224 m diagonal 38.4 Tbps).
  const lattice = clusterLattice(21, 1_000);
  const cases: [string, 4 | 8, number, number, number][] = [
    ['uniform, 4 terminals', 4, 1, 1, 1],
    ['epoch capacities, 4 terminals', 4, 470.4, 240, 0],
    ['reversed, 4 terminals', 4, 240, 470.4, 0],
    ['uniform, 8 terminals', 8, 1, 1, 1],
    ['epoch capacities, 8 terminals (diagonal 224 m: 153.6 Tbps)', 8, 470.4, 240, 153.6],
    ['epoch capacities with crosstalk, 8 terminals', 8, 153.6, 38.4, 38.4],
  ];
  it.each(cases)('finds the true minimum for %s', (_name, terminals, radial, alongTrack, diagonal) => {
    const graph = latticeLinkGraph(lattice.radialIndex, lattice.alongTrackIndex, terminals);
    const weights = directionWeights(graph, lattice.radialIndex, radial, alongTrack, diagonal);
    const straight = bisectionBandwidthBps(latticeBisections(lattice.radialIndex, lattice.alongTrackIndex, graph), weights);
    expect(straight).toBeCloseTo(exhaustiveMinBisection(graph, weights), 9);
  });

  it('is only an upper bound on this small lattice with 4 terminals and the 4:1 crosstalk capacities: 345.6 against a bent split of 307.2 (the 81-satellite cluster shows no such gap below)', () => {
    const graph = latticeLinkGraph(lattice.radialIndex, lattice.alongTrackIndex, 4);
    const weights = directionWeights(graph, lattice.radialIndex, 153.6, 38.4, 0);
    const straight = bisectionBandwidthBps(latticeBisections(lattice.radialIndex, lattice.alongTrackIndex, graph), weights);
    expect(straight).toBeCloseTo(345.6, 9);
    expect(exhaustiveMinBisection(graph, weights)).toBeCloseTo(307.2, 9);
  });
});

describe.each([
  ['crosstalk-free epoch capacities (470.4 / 240 Tbps)', 470.4, 240],
  ['epoch capacities with crosstalk at 15 dB (153.6 / 38.4 Tbps)', 153.6, 38.4],
])('bisection bandwidth of the 81-satellite cluster, %s: no local search beats the straight cuts', (_name, radial, alongTrack) => {
  // Reference: Kernighan-Lin style pairwise-swap descent (Kernighan & Lin 1970) from the best straight
  // cut and from 30 seeded random splits; a lower cut found anywhere would falsify the straight-cut set.
  const lattice = clusterLattice(81, 1_000);
  const graph = latticeLinkGraph(lattice.radialIndex, lattice.alongTrackIndex, 4);
  const weights = directionWeights(graph, lattice.radialIndex, radial, alongTrack, 0);
  const bisections = latticeBisections(lattice.radialIndex, lattice.alongTrackIndex, graph);
  const straight = bisectionBandwidthBps(bisections, weights);

  function cutOf(side: Uint8Array): number {
    let sum = 0;
    for (let k = 0; k < graph.linkCount; k++) if (side[graph.linkFrom[k]!] !== side[graph.linkTo[k]!]) sum += weights[k]!;
    return sum;
  }
  function descend(side: Uint8Array): number {
    let current = cutOf(side);
    for (let improved = true; improved; ) {
      improved = false;
      for (let a = 0; a < 81 && !improved; a++) {
        for (let b = 0; b < 81 && !improved; b++) {
          if (side[a] !== 1 || side[b] !== 0) continue;
          side[a] = 0;
          side[b] = 1;
          const cut = cutOf(side);
          if (cut < current - 1e-9) {
            current = cut;
            improved = true;
          } else {
            side[a] = 1;
            side[b] = 0;
          }
        }
      }
    }
    return current;
  }

  it('keeps the best straight cut a local optimum under every pairwise swap', () => {
    const best = bisections.reduce((a, b) => (cutCapacityBps(a.crossingLinks, weights) <= cutCapacityBps(b.crossingLinks, weights) ? a : b));
    expect(descend(best.firstHalf.slice())).toBeCloseTo(straight, 9);
  });

  it('finds nothing below the straight cuts from 30 random splits', () => {
    let seed = 12_345;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let trial = 0; trial < 30; trial++) {
      const order = Array.from({ length: 81 }, (_, v) => v).sort(() => random() - 0.5);
      const side = new Uint8Array(81);
      for (let q = 0; q < 40; q++) side[order[q]!] = 1;
      expect(descend(side)).toBeGreaterThanOrEqual(straight - 1e-9);
    }
  });
});

describe('hop counts against closed forms', () => {
  it('gives a k x k square grid a diameter of 2 (k - 1) and a mean of 2k/3 hops (4 terminals), k - 1 with 8', () => {
    // Mean Manhattan distance over ordered distinct pairs of a k x k grid: 2k/3 (sum of two 1-D means).
    const k = 7;
    const i = Int32Array.from({ length: k * k }, (_, v) => Math.floor(v / k));
    const j = Int32Array.from({ length: k * k }, (_, v) => v % k);
    const four = hopStatistics(latticeLinkGraph(i, j, 4));
    expect(four).toEqual({ connected: true, diameterHops: 2 * (k - 1), meanHops: expect.closeTo((2 * k) / 3, 12), hopsExact: true });
    expect(hopStatistics(latticeLinkGraph(i, j, 8)).diameterHops).toBe(k - 1);
  });

  it("gives the paper's 81-satellite lattice the Manhattan diameter 14 and mean hop count (4 terminals)", () => {
    // The disk lattice is orthogonally convex, so shortest paths are Manhattan distances, computed here directly.
    const lattice = clusterLattice(81, 1_000);
    let sum = 0;
    let max = 0;
    for (let a = 0; a < 81; a++) {
      for (let b = 0; b < 81; b++) {
        const d = Math.abs(lattice.radialIndex[a]! - lattice.radialIndex[b]!) + Math.abs(lattice.alongTrackIndex[a]! - lattice.alongTrackIndex[b]!);
        sum += d;
        max = Math.max(max, d);
      }
    }
    const hops = hopStatistics(latticeLinkGraph(lattice.radialIndex, lattice.alongTrackIndex, 4));
    expect(hops.diameterHops).toBe(max);
    expect(max).toBe(14);
    expect(hops.meanHops).toBeCloseTo(sum / (81 * 80), 12);
  });

  it('samples evenly spaced sources on request: a lower-bound diameter and a mean within 15 % of the exact one', () => {
    const k = 15;
    const i = Int32Array.from({ length: k * k }, (_, v) => Math.floor(v / k));
    const j = Int32Array.from({ length: k * k }, (_, v) => v % k);
    const sampled = hopStatistics(latticeLinkGraph(i, j, 4), undefined, 16);
    expect(sampled.hopsExact).toBe(false);
    expect(sampled.diameterHops).toBeLessThanOrEqual(2 * (k - 1));
    expect(sampled.diameterHops).toBeGreaterThanOrEqual(k - 1);
    expect(Math.abs(sampled.meanHops / ((2 * k) / 3) - 1)).toBeLessThan(0.15);
  });

  it('reports a graph without links as disconnected', () => {
    const hops = hopStatistics(latticeLinkGraph([0, 5], [0, 5], 4));
    expect(hops.connected).toBe(false);
  });
});

describe('TPU pod comparison (Google Cloud TPU v6e documentation)', () => {
  it('derives the published 3.2 TB/s bisection of a 256-chip Trillium pod from its 16 x 16 torus and 800 GB/s ICI (exact)', () => {
    expect(trilliumPodBisectionBps()).toBe(podReferenceValue('trillium.bisectionBandwidth') * 1e12 * 8);
  });

  it('derives the published 1.6 TB/s of a v5e pod (400 GB/s ICI, 4 ports) with the same formula (exact)', () => {
    const bps = torusPodBisectionBps({ chips: podReferenceValue('v5e.chips'), iciBytesPerSPerChip: podReferenceValue('v5e.iciBandwidthPerChip') * 1e9, iciPortsPerChip: 4 });
    expect(bps).toBe(podReferenceValue('v5e.bisectionBandwidth') * 1e12 * 8);
  });
});

describe("the paper's cluster network over one orbit (formation model, 60 s steps)", () => {
  const scenario = validateScenario({});
  const links = evaluateLinks(scenario);
  const link = scenarioLinkParameters(scenario.links);
  const plan = scenarioChannelPlan(scenario.links);

  it('sees neighbour distances breathe between 100 and 200 m (Fig. 3; 1 m)', () => {
    expect(Math.abs(links.linkDistanceMinM - referenceValue('formation.neighbourDistanceMin'))).toBeLessThan(1);
    expect(Math.abs(links.linkDistanceMaxM - referenceValue('formation.neighbourDistanceMax'))).toBeLessThan(1);
  });

  it('bounds every link capacity by the capacities at the extreme distances', () => {
    expect(links.neighbourCapacityMinBps).toBe(linkCapacityBps(link, plan, links.linkDistanceMaxM));
    expect(links.neighbourCapacityMaxBps).toBe(linkCapacityBps(link, plan, links.linkDistanceMinM));
    expect(links.neighbourCapacityMedianBps).toBeGreaterThanOrEqual(links.neighbourCapacityMinBps);
    expect(links.neighbourCapacityMinBps).toBeGreaterThan(referenceValue('links.aggregateNeed') * 1e12);
  });

  it('gives a worst bisection below the epoch one, as the cluster breathes, and the 4-terminal lattice hop counts', () => {
    expect(links.linkCount).toBe(140);
    expect(links.bisectionBandwidthMinBps).toBeLessThan(links.bisectionBandwidthAtEpochBps);
    expect(links.hopDiameter).toBe(14);
    expect(links.connected).toBe(true);
    expect(links.podBisectionRatio).toBeCloseTo(links.bisectionBandwidthMinBps / trilliumPodBisectionBps(), 12);
  });

  it('shortens the hop diameter and raises the bisection with 8 terminals', () => {
    const eight = evaluateLinks(validateScenario({ links: { terminalsPerSatellite: 8 } }));
    expect(eight.linkCount).toBeGreaterThan(links.linkCount);
    expect(eight.hopDiameter).toBeLessThan(links.hopDiameter);
    expect(eight.bisectionBandwidthMinBps).toBeGreaterThan(links.bisectionBandwidthMinBps);
  });
});

describe('links block invariants over the ranges the schema allows (fast-check)', () => {
  it('evaluates random link and cluster settings to finite numbers, with the worst bisection never above the epoch one', () => {
    fc.assert(
      fc.property(
        fc.record({
          cluster: fc.record({ satellites: fc.integer({ min: 1, max: 150 }), radiusM: fc.double({ min: 10, max: 100_000, noNaN: true }) }),
          links: fc.record({
            terminalsPerSatellite: fc.constantFrom(4, 8),
            apertureDiameterM: fc.double({ min: 0.001, max: 10, noNaN: true }),
            apertureEfficiency: fc.double({ min: 0.01, max: 1, noNaN: true }),
            txPowerW: fc.double({ min: 1e-6, max: 1_000, noNaN: true }),
            wavelengthNm: fc.double({ min: 200, max: 20_000, noNaN: true }),
            dwdmGridGhz: fc.double({ min: 6.25, max: 10_000, noNaN: true }),
            receiverSensitivityDbm: fc.double({ min: -100, max: 30, noNaN: true }),
            pointingErrorUrad: fc.double({ min: 0, max: 10_000, noNaN: true }),
            otherLossDb: fc.double({ min: 0, max: 100, noNaN: true }),
            stepS: fc.double({ min: 300, max: 3_600, noNaN: true }),
          }),
        }),
        (input) => {
          const result = evaluateLinks(validateScenario(input));
          for (const [key, value] of Object.entries(result)) {
            if (typeof value === 'number') expect(Number.isFinite(value), `${key} = ${value}`).toBe(true);
          }
          expect(result.bisectionBandwidthMinBps).toBeLessThanOrEqual(result.bisectionBandwidthAtEpochBps);
          expect(result.neighbourCapacityMinBps).toBeLessThanOrEqual(result.neighbourCapacityMedianBps);
          expect(result.neighbourCapacityMedianBps).toBeLessThanOrEqual(result.neighbourCapacityMaxBps);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('network over the orbit from one link per lattice direction', () => {
  // A lattice in linear relative motion: every link of one direction has one length, so
  // the network takes a distance and a capacity per direction and step. Checked against
  // the distance of every link at every step.
  it.each([
    [81, 1_000, 0, 4, 650],
    [81, 1_000, 0, 8, 500],
    [37, 600, 150, 4, 800],
    [200, 2_500, 400, 8, 550],
  ])('%i satellites, R = %i m, cross-track %i m, %i terminals, %i km: the same network as every link measured', (satellites, radiusM, crossTrackAmplitudeM, terminals, altitudeKm) => {
    const base = validateScenario({});
    const input = scenarioClusterNetworkInput({
      ...base,
      orbit: { ...base.orbit, altitudeKm },
      cluster: { ...base.cluster, satellites, radiusM, crossTrackAmplitudeM },
      links: { ...base.links, terminalsPerSatellite: terminals as 4 | 8 },
    });
    expect(input.equalLengthsByDirection).toBe(true);
    const byDirection = clusterNetworkOverOrbit(input);
    const everyLink = clusterNetworkOverOrbit({ ...input, equalLengthsByDirection: false });
    const { linkDistanceMinM, linkDistanceMaxM, ...capacities } = byDirection;
    const { linkDistanceMinM: minM, linkDistanceMaxM: maxM, ...capacitiesEveryLink } = everyLink;
    expect(capacities).toEqual(capacitiesEveryLink);
    expect(linkDistanceMinM).toBeCloseTo(minM, 9);
    expect(linkDistanceMaxM).toBeCloseTo(maxM, 9);
    expect(Math.abs(linkDistanceMaxM / maxM - 1)).toBeLessThan(1e-13);
  });
});
