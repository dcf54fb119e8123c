import { describe, expect, it } from 'vitest';
import { hopStatistics, intactHopStatistics } from './hops.ts';
import { latticeLinkGraph } from './linkGraph.ts';

describe('hop statistics of an intact network', () => {
  // A 3 x 3 lattice with 4 terminals: diameter 4 hops (corner to corner).
  const radial = [-1, -1, -1, 0, 0, 0, 1, 1, 1];
  const alongTrack = [-1, 0, 1, -1, 0, 1, -1, 0, 1];
  const graph = latticeLinkGraph(radial, alongTrack, 4);

  it('equal hopStatistics with every link up, computed once per graph', () => {
    const intact = intactHopStatistics(graph);
    expect(intact).toEqual(hopStatistics(graph));
    expect(intact.diameterHops).toBe(4);
    expect(intactHopStatistics(graph)).toBe(intact);
  });

  it('keep separate results for different source limits', () => {
    expect(intactHopStatistics(graph, 3).hopsExact).toBe(false);
    expect(intactHopStatistics(graph).hopsExact).toBe(true);
  });
});
