import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bisectionBandwidthBps, cutCapacityBps, latticeBisections } from './bisection.ts';
import { linkCapacityBps } from './capacity.ts';
import { clusterNetworkOverOrbit } from './clusterNetwork.ts';
import { dwdmGridChannels, powerLimitedChannels } from './dwdm.ts';
import { hopStatistics } from './hops.ts';
import { latticeLinkGraph, linkDistancesM } from './linkGraph.ts';
import { medianInPlace, medianOfCounts } from '../math.ts';
import { torusPodBisectionBps } from './podComparison.ts';
import { maxSpatialOrder } from './spatialMultiplexing.ts';

/** A 3 x 3 square lattice, satellite v at (floor(v / 3) - 1, v % 3 - 1). */
const i3 = Int32Array.from({ length: 9 }, (_, v) => Math.floor(v / 3) - 1);
const j3 = Int32Array.from({ length: 9 }, (_, v) => (v % 3) - 1);
const link = { apertureDiameterM: 0.1, apertureEfficiency: 0.8, wavelengthM: 1.55e-6, txPowerW: 5, pointingErrorRad: 1e-6, otherLossDb: 3 };
const plan = { dwdmBandHz: 2.4e12, dwdmGridHz: 1e11, channelRateBps: 4e11, receiverSensitivityW: 1e-5, requiredSpatialIsolationDb: 15, spatialMimo: false };

describe('channels', () => {
  it('counts 24 channels at 100 GHz in 2.4 THz and at least one in a band narrower than the grid', () => {
    expect(dwdmGridChannels(2.4e12, 1e11)).toBe(24);
    expect(dwdmGridChannels(5e10, 1e11)).toBe(1);
  });

  it('limits channels by received power: 0.1 mW at 10 uW each carries 10 of 24', () => {
    expect(powerLimitedChannels(1e-4, 1e-5, 24)).toBe(10);
    expect(powerLimitedChannels(1, 1e-5, 24)).toBe(24);
  });

  it('never offers fewer than one beam, even at 1e9 m', () => {
    expect(maxSpatialOrder(0.1, 1.55e-6, 1e9)).toBe(1);
  });
});

describe('link graph', () => {
  it('links a 3 x 3 lattice with 12 links for 4 terminals and 20 for 8', () => {
    expect(latticeLinkGraph(i3, j3, 4).linkCount).toBe(12);
    const eight = latticeLinkGraph(i3, j3, 8);
    expect(eight.linkCount).toBe(20);
    expect(eight.linkDiagonal.reduce((a, b) => a + b, 0)).toBe(8);
  });

  it('measures link distances in m from interleaved positions', () => {
    const graph = latticeLinkGraph([0, 1], [0, 0], 4);
    const out = linkDistancesM(graph, Float64Array.from([0, 0, 0, 3, 4, 0]), new Float64Array(1));
    expect(out[0]).toBe(5);
  });

  it('gives the 3 x 3 lattice hop diameter 4 (4 terminals) and 2 (8 terminals)', () => {
    expect(hopStatistics(latticeLinkGraph(i3, j3, 4)).diameterHops).toBe(4);
    expect(hopStatistics(latticeLinkGraph(i3, j3, 8)).diameterHops).toBe(2);
  });
});

describe('bisection', () => {
  it('cuts a 3 x 3 lattice of unit links with 4 links at best (a row and one more, or a 2 x 2 corner: 4 of 9 satellites)', () => {
    const graph = latticeLinkGraph(i3, j3, 4);
    const bisections = latticeBisections(i3, j3, graph);
    for (const b of bisections) expect(b.firstHalf.reduce((a, c) => a + c, 0)).toBe(4);
    expect(bisectionBandwidthBps(bisections, new Float64Array(graph.linkCount).fill(1))).toBe(4);
  });

  it('sums the capacities of the crossing links in bit/s', () => {
    expect(cutCapacityBps(Int32Array.from([0, 2]), Float64Array.from([1e12, 5e12, 2e12]))).toBe(3e12);
  });

  it('has no candidate cut for a single satellite', () => {
    expect(latticeBisections([0], [0], latticeLinkGraph([0], [0], 4))).toHaveLength(0);
  });
});

describe('cluster network over time', () => {
  it('follows a breathing 2-satellite pair: capacity is lowest when they are furthest apart', () => {
    const graph = latticeLinkGraph([0, 1], [0, 0], 4);
    const network = clusterNetworkOverOrbit({
      graph,
      bisections: latticeBisections([0, 1], [0, 0], graph),
      link,
      plan,
      positionsAt: (tS, out) => {
        out.fill(0);
        out[3] = 150 + 50 * Math.cos(tS / 100); // 100 to 200 m apart
      },
      durationS: 628,
      stepS: 10,
    });
    expect(network.timesS).toHaveLength(63);
    expect(network.linkDistanceMaxM).toBe(200);
    expect(network.neighbourCapacityMinBps).toBe(linkCapacityBps(link, plan, 200));
    expect(network.neighbourCapacityMaxBps).toBe(linkCapacityBps(link, plan, 100));
    expect(network.bisectionBandwidthMinBps).toBe(network.neighbourCapacityMinBps);
    expect(network.diameterHops).toBe(1);
  });
});

describe('pod comparison', () => {
  it('gives a 4 x 4 torus of 1 GB/s chips with 4 ports 8 links x 125 MB/s = 8 Gbit/s across the middle', () => {
    expect(torusPodBisectionBps({ chips: 16, iciBytesPerSPerChip: 1e9, iciPortsPerChip: 4 })).toBe(8e9);
  });
});

describe('median of link capacities', () => {
  it('equals the middle of the sorted values, for odd and even counts (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 60 }), (list) => {
        const sorted = [...list].sort((a, b) => a - b);
        const n = sorted.length;
        const expected = n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
        return medianInPlace(Float64Array.from(list)) === expected;
      }),
    );
  });
});

describe('median of capacities with counts', () => {
  it('equals the median of the values repeated, for odd, even and empty totals (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 4 })), { maxLength: 30 }), (entries) => {
        const repeated = entries.flatMap(([value, count]) => Array<number>(count).fill(value));
        const values = Float64Array.from(entries, ([value]) => value);
        const counts = Float64Array.from(entries, ([, count]) => count);
        return medianOfCounts(values, counts) === medianInPlace(Float64Array.from(repeated));
      }),
      { numRuns: 300 },
    );
  });
});
