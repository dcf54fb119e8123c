import { useMemo } from 'react';
import { BufferAttribute, BufferGeometry } from 'three';
import { useApp, useAppStoreApi } from '../store/useApp.ts';
import { ricToClusterScene } from './clusterFrame.ts';
import { clusterSnapshotAt } from './clusterSnapshot.ts';

const POINTS = 128;

/**
 * The 2:1 envelope: the ellipse of +-R along-track and +-R/rho radial (rho the
 * model's axis ratio, 2 for HCW) inside which the lattice turns, so the
 * cluster breathes twice per orbit.
 */
export function Envelope() {
  const store = useAppStoreApi();
  const scenario = useApp((s) => s.current.scenario);
  const evaluation = useApp((s) => s.current.evaluation);
  const geometry = useMemo(() => {
    const { design } = clusterSnapshotAt(scenario, evaluation, store.getState().timeS);
    const positions = new Float32Array(3 * POINTS);
    for (let k = 0; k < POINTS; k++) {
      const angle = (2 * Math.PI * k) / POINTS;
      ricToClusterScene(design.radialRadiusM * Math.sin(angle), design.radiusM * Math.cos(angle), 0, positions, 3 * k);
    }
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(positions, 3));
    return g;
  }, [scenario, evaluation, store]);
  return (
    <lineLoop geometry={geometry}>
      <lineBasicMaterial color="#7aa2d6" transparent opacity={0.7} />
    </lineLoop>
  );
}
