import { OrbitControls } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { useApp, useAppStoreApi } from '../store/useApp.ts';
import { EARTH_VIEW_M_PER_UNIT, sceneEphemerisAt } from './sceneEphemeris.ts';

/** Camera distance from Earth's centre in the Earth view, scene units (Mm). */
const EARTH_VIEW_DISTANCE = 24;

/**
 * Camera presets. Earth: orbit the globe, placed so that day, night and the
 * orbit ring all show. Cluster: orbit the RIC view. Follow: ride behind and
 * above the cluster, Earth below.
 */
export function CameraRig() {
  const store = useAppStoreApi();
  const preset = useApp((s) => s.camera);
  const request = useApp((s) => s.cameraRequest);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const controls = useRef<OrbitControlsImpl>(null);
  useEffect(() => {
    const { current, timeS } = store.getState();
    const e = sceneEphemerisAt(current, timeS);
    if (preset === 'cluster') {
      camera.up.set(0, 1, 0);
      camera.position.set(4, 5, 24);
      controls.current?.target.set(0, 0, 0);
    } else if (preset === 'earth') {
      const [sx, sy, sz] = e.sunUnit;
      // 70 deg from the Sun towards the east, a little north: day, night, terminator and the dawn-dusk ring in view.
      const east = Math.hypot(sx!, sy!);
      const away = (70 * Math.PI) / 180;
      const dir = [Math.cos(away) * sx! - (Math.sin(away) * sy!) / east, Math.cos(away) * sy! + (Math.sin(away) * sx!) / east, Math.cos(away) * sz! + 0.35];
      const length = Math.hypot(dir[0]!, dir[1]!, dir[2]!);
      camera.up.set(0, 0, 1);
      camera.position.set((dir[0]! / length) * EARTH_VIEW_DISTANCE, (dir[1]! / length) * EARTH_VIEW_DISTANCE, (dir[2]! / length) * EARTH_VIEW_DISTANCE);
      controls.current?.target.set(0, 0, 0);
    }
    camera.lookAt(0, 0, 0);
    controls.current?.update();
    invalidate();
  }, [preset, request, camera, store, invalidate]);
  useFrame(() => {
    if (preset !== 'follow') return;
    const { current, timeS } = store.getState();
    const e = sceneEphemerisAt(current, timeS);
    const { radial, alongTrack, crossTrack } = e.ricAxes;
    const [cx, cy, cz] = e.clusterPositionM;
    const k = 1 / EARTH_VIEW_M_PER_UNIT;
    // 300 km above, 500 km behind and 200 km to the side of the cluster.
    const offset = (i: 0 | 1 | 2) => 0.3 * radial[i] - 0.5 * alongTrack[i] + 0.2 * crossTrack[i];
    camera.up.set(radial[0], radial[1], radial[2]);
    camera.position.set(cx! * k + offset(0), cy! * k + offset(1), cz! * k + offset(2));
    camera.lookAt(cx! * k, cy! * k, cz! * k);
  });
  return <OrbitControls ref={controls} makeDefault enabled={preset !== 'follow'} enableDamping={false} />;
}
