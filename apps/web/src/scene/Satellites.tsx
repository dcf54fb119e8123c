import { inCylindricalShadow } from '@solstice/core';
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Color, type InstancedMesh } from 'three';
import { useApp, useAppStoreApi } from '../store/useApp.ts';
import { EARTH_VIEW_M_PER_UNIT, ephemerisAt } from './ephemeris.ts';
import { formationAt } from './formation.ts';
import { ricAxesAt } from './ricBasis.ts';

/** How much the cluster's 1 km is enlarged in the Earth view so its shape shows, x. */
export const EARTH_VIEW_CLUSTER_MAGNIFICATION = 150;
/** Drawn size of one satellite, scene units (Mm): seen from afar, and riding along with the cluster. */
const SATELLITE_SIZE = { far: 0.03, follow: 0.005 } as const;
const SUNLIT = new Color('#ffd27a');
const ECLIPSED = new Color('#5a6478');

/**
 * Every satellite of every cluster in the Earth view: one InstancedMesh, so
 * the draw calls do not grow with the satellite count. `?clusters=N` spaces N
 * clusters evenly along the orbit; each cluster's RIC offsets (magnified
 * `EARTH_VIEW_CLUSTER_MAGNIFICATION` times) come from the formation model.
 */
export function Satellites() {
  const store = useAppStoreApi();
  const clusters = useApp((s) => s.clusters);
  const perCluster = useApp((s) => s.current.scenario.cluster.satellites);
  const count = clusters * perCluster;
  const mesh = useRef<InstancedMesh>(null);
  const axes = useMemo(() => new Float64Array(9), []);
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
    const e = ephemerisAt(current.evaluation, timeS);
    const f = formationAt(current.scenario, current.evaluation, timeS);
    const ric = f.positionsRicM;
    const n = f.design.satellites;
    const matrices = m.instanceMatrix.array as Float32Array;
    const scale = EARTH_VIEW_CLUSTER_MAGNIFICATION / EARTH_VIEW_M_PER_UNIT;
    const a = e.semiMajorAxisM;
    const centre = a / EARTH_VIEW_M_PER_UNIT;
    for (let c = 0; c < clusters; c++) {
      const u = e.argumentOfLatitudeRad + (2 * Math.PI * c) / clusters;
      ricAxesAt(e.inclinationRad, e.nodeRad, u, axes);
      const [rx, ry, rz, tx, ty, tz, nx, ny, nz] = axes as unknown as number[];
      const shadow = inCylindricalShadow(rx! * a, ry! * a, rz! * a, e.sunUnit) ? 1 : 0;
      if (m.instanceColor && painted[c] !== shadow) {
        for (let k = 0; k < n; k++) m.setColorAt(c * n + k, shadow ? ECLIPSED : SUNLIT);
        painted[c] = shadow;
        m.instanceColor.needsUpdate = true;
      }
      for (let k = 0; k < n; k++) {
        const x = ric[3 * k]!;
        const y = ric[3 * k + 1]!;
        const z = ric[3 * k + 2]!;
        const o = 16 * (c * n + k);
        matrices[o] = matrices[o + 5] = matrices[o + 10] = size;
        matrices[o + 12] = rx! * centre + scale * (rx! * x + tx! * y + nx! * z);
        matrices[o + 13] = ry! * centre + scale * (ry! * x + ty! * y + ny! * z);
        matrices[o + 14] = rz! * centre + scale * (rz! * x + tz! * y + nz! * z);
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
