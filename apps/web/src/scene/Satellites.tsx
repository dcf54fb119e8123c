import { eciBuffer, formationReferenceEci, inCylindricalShadow, ricBuffer, ricPositionsToEci } from '@solstice/core';
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Color, type InstancedMesh } from 'three';
import { useApp, useAppStoreApi } from '../store/useApp.ts';
import { EARTH_VIEW_M_PER_UNIT, sceneEphemerisAt } from './sceneEphemeris.ts';
import { clusterSnapshotAt } from './clusterSnapshot.ts';

/** How much the cluster's 1 km is enlarged in the Earth view so its shape shows, x. */
export const EARTH_VIEW_CLUSTER_MAGNIFICATION = 150;
/** Drawn size of one satellite, scene units (Mm): seen from afar, and riding along with the cluster. */
const SATELLITE_SIZE = { far: 0.03, follow: 0.005 } as const;
const SUNLIT = new Color('#ffd27a');
const ECLIPSED = new Color('#5a6478');

/**
 * Every satellite of every cluster in the Earth view: one InstancedMesh, so
 * the draw calls do not grow with the satellite count. `?clusters=N` spaces N
 * clusters evenly along the orbit. Every position is core's: each cluster's
 * centre is `formationReferenceEci` (phased 2 pi c / N along the orbit), its
 * satellites `ricPositionsToEci` of the formation model's RIC offsets
 * (magnified `EARTH_VIEW_CLUSTER_MAGNIFICATION` times for display).
 */
export function Satellites() {
  const store = useAppStoreApi();
  const clusters = useApp((s) => s.clusters);
  const perCluster = useApp((s) => s.current.scenario.cluster.satellites);
  const count = clusters * perCluster;
  const mesh = useRef<InstancedMesh>(null);
  // Per cluster: its centre's ECI state, the magnified RIC offsets, and the satellites' ECI positions (core's ricPositionsToEci).
  const scratch = useMemo(() => ({ centre: eciBuffer(6), ric: ricBuffer(3 * perCluster), eci: eciBuffer(3 * perCluster) }), [perCluster]);
  // Shadow state each cluster's colours were last written with (2: not yet), so colours are rewritten only on a change.
  const painted = useMemo(() => new Uint8Array(clusters).fill(2), [clusters]);
  useEffect(() => {
    const m = mesh.current;
    if (!m) return;
    for (let k = 0; k < count; k++) m.setColorAt(k, SUNLIT);
    painted.fill(0);
    if (m.instanceColor) m.instanceColor.needsUpdate = true;
  }, [count, painted]);
  useFrame(() => {
    const m = mesh.current;
    if (!m) return;
    const { current, timeS, camera } = store.getState();
    const size = camera === 'follow' ? SATELLITE_SIZE.follow : SATELLITE_SIZE.far;
    const e = sceneEphemerisAt(current, timeS);
    const f = clusterSnapshotAt(current.scenario, current.evaluation, timeS);
    const n = f.design.satellites;
    if (scratch.ric.length !== 3 * n) return;
    // The cluster's shape is enlarged about its centre for display: the RIC offsets are magnified before the frame rotation.
    for (let k = 0; k < 3 * n; k++) scratch.ric[k] = EARTH_VIEW_CLUSTER_MAGNIFICATION * f.positionsRicM[k]!;
    const matrices = m.instanceMatrix.array as Float32Array;
    for (let c = 0; c < clusters; c++) {
      const centre = formationReferenceEci(e.design, e.epoch, timeS, scratch.centre, (2 * Math.PI * c) / clusters);
      const shadow = inCylindricalShadow(centre[0]!, centre[1]!, centre[2]!, e.sunUnit) ? 1 : 0;
      if (m.instanceColor && painted[c] !== shadow) {
        for (let k = 0; k < n; k++) m.setColorAt(c * n + k, shadow ? ECLIPSED : SUNLIT);
        painted[c] = shadow;
        m.instanceColor.needsUpdate = true;
      }
      const eci = ricPositionsToEci(centre, scratch.ric, scratch.eci);
      for (let k = 0; k < n; k++) {
        const o = 16 * (c * n + k);
        matrices[o] = matrices[o + 5] = matrices[o + 10] = size;
        matrices[o + 12] = eci[3 * k]! / EARTH_VIEW_M_PER_UNIT;
        matrices[o + 13] = eci[3 * k + 1]! / EARTH_VIEW_M_PER_UNIT;
        matrices[o + 14] = eci[3 * k + 2]! / EARTH_VIEW_M_PER_UNIT;
        matrices[o + 15] = 1;
      }
    }
    m.instanceMatrix.needsUpdate = true;
  });
  return (
    <instancedMesh key={count} ref={mesh} args={[undefined, undefined, count]} frustumCulled={false} userData={{ satellites: count }}>
      <octahedronGeometry args={[1, 0]} />
      <meshBasicMaterial />
    </instancedMesh>
  );
}
