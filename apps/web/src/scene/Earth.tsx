import { EARTH_EQUATORIAL_RADIUS_M } from '@solstice/core';
import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { BufferAttribute, BufferGeometry, type Group } from 'three';
import { useAppStoreApi } from '../store/useApp.ts';
import { globeLineSegments } from './coastlines.ts';
import { EARTH_VIEW_M_PER_UNIT, sceneEphemerisAt } from './sceneEphemeris.ts';

const EARTH_RADIUS = EARTH_EQUATORIAL_RADIUS_M / EARTH_VIEW_M_PER_UNIT;
const COASTLINE_COLOUR = [0.72, 0.85, 0.74] as const;
const GRATICULE_COLOUR = [0.3, 0.42, 0.55] as const;

function globeGeometry(): BufferGeometry {
  const { positions, coastlineVertices } = globeLineSegments(EARTH_RADIUS * 1.002);
  const colours = new Float32Array(positions.length);
  for (let k = 0; k < positions.length / 3; k++) colours.set(k < coastlineVertices ? COASTLINE_COLOUR : GRATICULE_COLOUR, 3 * k);
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setAttribute('color', new BufferAttribute(colours, 3));
  return geometry;
}

/**
 * Earth: a sphere lit by the Sun (the day/night terminator is where the
 * lighting falls to zero) with coastlines and graticule as one line geometry,
 * turned by Greenwich sidereal time.
 */
export function Earth() {
  const store = useAppStoreApi();
  const spin = useRef<Group>(null);
  const lines = useMemo(globeGeometry, []);
  useFrame(() => {
    const { current, timeS } = store.getState();
    if (spin.current) spin.current.rotation.z = sceneEphemerisAt(current, timeS).earthRotationRad;
  });
  return (
    <group ref={spin}>
      <mesh rotation-x={Math.PI / 2}>
        <sphereGeometry args={[EARTH_RADIUS, 96, 64]} />
        <meshLambertMaterial color="#2b5e92" emissive="#050b16" />
      </mesh>
      <lineSegments geometry={lines}>
        <lineBasicMaterial vertexColors transparent opacity={0.85} />
      </lineSegments>
    </group>
  );
}
