import { useFrame } from '@react-three/fiber';
import { useMemo } from 'react';
import { BufferAttribute, BufferGeometry } from 'three';
import { useApp, useAppStoreApi } from '../store/useApp.ts';
import { ricToClusterScene } from './clusterFrame.ts';
import { clusterSnapshotAt } from './clusterSnapshot.ts';
import { linkColour } from './linkColours.ts';

/**
 * The optical links of the cluster: one merged line geometry (one draw call),
 * each link coloured by its capacity at its current length (core's link model).
 */
export function ClusterLinks() {
  const store = useAppStoreApi();
  const scenario = useApp((s) => s.current.scenario);
  const evaluation = useApp((s) => s.current.evaluation);
  const linkCount = clusterSnapshotAt(scenario, evaluation, store.getState().timeS).graph.linkCount;
  const geometry = useMemo(() => {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(new Float32Array(linkCount * 6), 3));
    g.setAttribute('color', new BufferAttribute(new Float32Array(linkCount * 6), 3));
    return g;
  }, [linkCount]);
  useFrame(() => {
    const { current, timeS } = store.getState();
    const f = clusterSnapshotAt(current.scenario, current.evaluation, timeS);
    const { neighbourCapacityMaxBps } = current.evaluation.links;
    const ric = f.positionsRicM;
    const positions = geometry.getAttribute('position').array as Float32Array;
    const colours = geometry.getAttribute('color').array as Float32Array;
    for (let k = 0; k < f.graph.linkCount; k++) {
      const a = 3 * f.graph.linkFrom[k]!;
      const b = 3 * f.graph.linkTo[k]!;
      ricToClusterScene(ric[a]!, ric[a + 1]!, ric[a + 2]!, positions, 6 * k);
      ricToClusterScene(ric[b]!, ric[b + 1]!, ric[b + 2]!, positions, 6 * k + 3);
      linkColour(f.linkCapacitiesBps[k]!, neighbourCapacityMaxBps, colours, 6 * k);
      colours.copyWithin(6 * k + 3, 6 * k, 6 * k + 3);
    }
    geometry.getAttribute('position').needsUpdate = true;
    geometry.getAttribute('color').needsUpdate = true;
  });
  return (
    <lineSegments geometry={geometry} frustumCulled={false}>
      <lineBasicMaterial vertexColors />
    </lineSegments>
  );
}
