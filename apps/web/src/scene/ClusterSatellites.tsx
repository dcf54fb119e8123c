import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { Matrix4, Quaternion, Vector3, type InstancedMesh } from 'three';
import { useApp, useAppStoreApi } from '../store/useApp.ts';
import { CLUSTER_VIEW_M_PER_UNIT, ricToClusterScene } from './clusterFrame.ts';
import { sceneEphemerisAt } from './sceneEphemeris.ts';
import { clusterSnapshotAt } from './clusterSnapshot.ts';
import { useErrorColours } from './useErrorColours.ts';

/** Drawn side of a satellite's solar array, m (a marker: about 1/4 of the 100 m spacing). */
const ARRAY_SIDE_M = 24;
const PANEL_NORMAL = new Vector3(0, 0, 1);

/**
 * The cluster's satellites in the RIC view: one InstancedMesh of flat arrays,
 * every one turned to face the Sun, placed at the formation model's positions,
 * coloured by position error when the station-keeping view is on (`useErrorColours`).
 */
export function ClusterSatellites() {
  const store = useAppStoreApi();
  const count = useApp((s) => s.current.scenario.cluster.satellites);
  const mesh = useRef<InstancedMesh>(null);
  const paint = useErrorColours();
  const scratch = useMemo(
    () => ({ position: new Float32Array(3), sun: new Vector3(), turn: new Quaternion(), matrix: new Matrix4(), at: new Vector3(), size: new Vector3(1, 1, 1) }),
    [],
  );
  useFrame(() => {
    const m = mesh.current;
    if (!m) return;
    const { current, timeS, stationKeeping } = store.getState();
    const e = sceneEphemerisAt(current, timeS);
    const f = clusterSnapshotAt(current.scenario, current.evaluation, timeS);
    ricToClusterScene(e.sunRic[0]!, e.sunRic[1]!, e.sunRic[2]!, scratch.position, 0);
    scratch.sun.set(scratch.position[0]!, scratch.position[1]!, scratch.position[2]!).normalize();
    scratch.turn.setFromUnitVectors(PANEL_NORMAL, scratch.sun);
    const ric = f.positionsRicM;
    // Coloured by error, the markers are drawn twice as large so the colour reads.
    const grow = stationKeeping ? 2 : 1;
    scratch.size.set(grow, grow, 1);
    for (let k = 0; k < f.design.satellites; k++) {
      ricToClusterScene(ric[3 * k]!, ric[3 * k + 1]!, ric[3 * k + 2]!, scratch.position, 0);
      scratch.at.set(scratch.position[0]!, scratch.position[1]!, scratch.position[2]!);
      m.setMatrixAt(k, scratch.matrix.compose(scratch.at, scratch.turn, scratch.size));
    }
    m.instanceMatrix.needsUpdate = true;
    paint(m, f.design.satellites, timeS);
  });
  const side = ARRAY_SIDE_M / CLUSTER_VIEW_M_PER_UNIT;
  return (
    <instancedMesh key={count} ref={mesh} args={[undefined, undefined, count]} frustumCulled={false} userData={{ satellites: count }}>
      <boxGeometry args={[side, side, side / 12]} />
      <meshLambertMaterial color="#ffffff" emissive="#2a1e08" />
    </instancedMesh>
  );
}
