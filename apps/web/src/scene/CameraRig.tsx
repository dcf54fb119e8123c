import { OrbitControls } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { useApp, useAppStoreApi } from '../store/useApp.ts';
import { EARTH_VIEW_M_PER_UNIT, sceneEphemerisAt } from './sceneEphemeris.ts';

/** Camera distance from Earth's centre in the Earth view, scene units (Mm). */
const EARTH_VIEW_DISTANCE = 24;

/** Where the follow camera rides relative to the cluster centre, along its RIC axes, m: 300 km above, 500 km behind, 200 km to the side. */
const FOLLOW_RADIAL_M = 300e3;
const FOLLOW_ALONG_TRACK_M = -500e3;
const FOLLOW_CROSS_TRACK_M = 200e3;

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
    camera.up.set(radial[0], radial[1], radial[2]);
    camera.position.set(
      (cx! + FOLLOW_RADIAL_M * radial[0] + FOLLOW_ALONG_TRACK_M * alongTrack[0] + FOLLOW_CROSS_TRACK_M * crossTrack[0]) * k,
      (cy! + FOLLOW_RADIAL_M * radial[1] + FOLLOW_ALONG_TRACK_M * alongTrack[1] + FOLLOW_CROSS_TRACK_M * crossTrack[1]) * k,
      (cz! + FOLLOW_RADIAL_M * radial[2] + FOLLOW_ALONG_TRACK_M * alongTrack[2] + FOLLOW_CROSS_TRACK_M * crossTrack[2]) * k,
    );
    camera.lookAt(cx! * k, cy! * k, cz! * k);
  });
  return <OrbitControls ref={controls} makeDefault enabled={preset !== 'follow'} enableDamping={false} />;
}
