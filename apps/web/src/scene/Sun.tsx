import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import type { DirectionalLight, Mesh } from 'three';
import { useAppStoreApi } from '../store/useApp.ts';
import { sceneEphemerisAt } from './sceneEphemeris.ts';

/** Distance of the drawn Sun disc from Earth's centre, scene units (a marker, not to scale). */
const SUN_MARKER_DISTANCE = 60;

/** The Sun: a directional light from its direction at the simulated date, and a disc marking it. */
export function Sun() {
  const store = useAppStoreApi();
  const light = useRef<DirectionalLight>(null);
  const disc = useRef<Mesh>(null);
  useFrame(() => {
    const { current, timeS } = store.getState();
    const [x, y, z] = sceneEphemerisAt(current, timeS).sunUnit;
    light.current?.position.set(x! * 100, y! * 100, z! * 100);
    disc.current?.position.set(x! * SUN_MARKER_DISTANCE, y! * SUN_MARKER_DISTANCE, z! * SUN_MARKER_DISTANCE);
  });
  return (
    <>
      <ambientLight intensity={0.12} />
      <directionalLight ref={light} intensity={2.6} />
      <mesh ref={disc}>
        <sphereGeometry args={[1.2, 24, 16]} />
        <meshBasicMaterial color="#ffd27a" />
      </mesh>
    </>
  );
}
