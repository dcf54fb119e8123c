import { useFrame } from '@react-three/fiber';
import { useAppStoreApi } from '../store/useApp.ts';

/**
 * The one place simulation time advances: once per rendered frame, before any
 * component reads it (negative priority runs first without taking over rendering).
 */
export function SimulationClock() {
  const store = useAppStoreApi();
  useFrame((_, deltaS) => store.getState().advance(deltaS), -1);
  return null;
}
