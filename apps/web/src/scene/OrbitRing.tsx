import { circularOrbitPositionEqjM, inCylindricalShadow } from '@solstice/core';
import { useFrame } from '@react-three/fiber';
import { useMemo } from 'react';
import { BufferAttribute, BufferGeometry } from 'three';
import { useAppStoreApi } from '../store/useApp.ts';
import { EARTH_VIEW_M_PER_UNIT, sceneEphemerisAt } from './sceneEphemeris.ts';

const RING_POINTS = 512;
const SUNLIT = [1.0, 0.78, 0.35] as const;
const SHADOW = [0.28, 0.3, 0.42] as const;

/**
 * The reference orbit as a ring, coloured where it passes through Earth's
 * cylindrical shadow: in a dawn-dusk orbit the shadowed arc appears only in
 * the eclipse season around the June solstice.
 */
export function OrbitRing() {
  const store = useAppStoreApi();
  const scratch = useMemo(() => new Float64Array(3), []);
  const geometry = useMemo(() => {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(new Float32Array(3 * RING_POINTS), 3));
    g.setAttribute('color', new BufferAttribute(new Float32Array(3 * RING_POINTS), 3));
    return g;
  }, []);
  useFrame(() => {
    const { current, timeS } = store.getState();
    const e = sceneEphemerisAt(current, timeS);
    const positions = geometry.getAttribute('position') as BufferAttribute;
    const colours = geometry.getAttribute('color') as BufferAttribute;
    for (let k = 0; k < RING_POINTS; k++) {
      circularOrbitPositionEqjM(e.design.semiMajorAxisM, e.design.inclinationRad, e.nodeRad, (2 * Math.PI * k) / RING_POINTS, scratch);
      positions.setXYZ(k, scratch[0]! / EARTH_VIEW_M_PER_UNIT, scratch[1]! / EARTH_VIEW_M_PER_UNIT, scratch[2]! / EARTH_VIEW_M_PER_UNIT);
      const colour = inCylindricalShadow(scratch[0]!, scratch[1]!, scratch[2]!, e.sunUnit) ? SHADOW : SUNLIT;
      colours.setXYZ(k, colour[0], colour[1], colour[2]);
    }
    positions.needsUpdate = true;
    colours.needsUpdate = true;
  });
  return (
    <lineLoop geometry={geometry} frustumCulled={false}>
      <lineBasicMaterial vertexColors />
    </lineLoop>
  );
}
