import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import type { InstancedMesh } from 'three';
import { statsSink } from './statsSink.ts';

/** Refresh interval of the stats overlay, s. */
const REFRESH_S = 0.5;

/**
 * Renders the frame (a positive priority takes over react-three-fiber's
 * render), then reads that frame's draw calls, the frame rate and the
 * satellites drawn (instances of meshes tagged `userData.satellites`), and
 * hands them to the overlay twice a second without a React render.
 */
export function StatsProbe() {
  const since = useRef({ elapsedS: REFRESH_S, frames: 0 });
  useFrame(({ gl, scene, camera }, deltaS) => {
    gl.render(scene, camera);
    since.current.elapsedS += deltaS;
    since.current.frames += 1;
    if (since.current.elapsedS < REFRESH_S) return;
    let satellites = 0;
    scene.traverseVisible((object) => {
      if (typeof object.userData.satellites === 'number') satellites += (object as InstancedMesh).count;
    });
    statsSink.publish({
      fps: since.current.frames / since.current.elapsedS,
      drawCalls: gl.info.render.calls,
      triangles: gl.info.render.triangles,
      satellites,
    });
    since.current = { elapsedS: 0, frames: 0 };
  }, 1);
  return null;
}
