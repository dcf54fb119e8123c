import { Canvas, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { useApp, useAppStoreApi } from '../store/useApp.ts';
import { CameraRig } from './CameraRig.tsx';
import { ClusterLinks } from './ClusterLinks.tsx';
import { ClusterSatellites } from './ClusterSatellites.tsx';
import { FailedSatelliteTrack } from './FailedSatelliteTrack.tsx';
import { CLUSTER_VIEW_M_PER_UNIT } from './clusterFrame.ts';
import { Earth } from './Earth.tsx';
import { Envelope } from './Envelope.tsx';
import { EarthLabels, RicLabels } from './Labels.tsx';
import { OrbitRing } from './OrbitRing.tsx';
import { RicAxes } from './RicAxes.tsx';
import { Satellites } from './Satellites.tsx';
import { SimulationClock } from './SimulationClock.tsx';
import { StatsProbe } from './StatsProbe.tsx';
import { Sun } from './Sun.tsx';

/** Renders on demand while paused: any store change (a scrub, an edit) asks for one frame. */
function InvalidateOnChange() {
  const store = useAppStoreApi();
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => store.subscribe(() => invalidate()), [store, invalidate]);
  return null;
}

function EarthView() {
  const labels = useApp((s) => s.labels);
  return (
    <>
      <Sun />
      <Earth />
      <OrbitRing />
      <Satellites />
      {labels && <EarthLabels />}
    </>
  );
}

function ClusterView() {
  const labels = useApp((s) => s.labels);
  const failedSatellite = useApp((s) => s.failedSatellite);
  const radiusM = useApp((s) => s.current.scenario.cluster.radiusM);
  const extent = (1.4 * radiusM) / CLUSTER_VIEW_M_PER_UNIT;
  return (
    <group>
      <ambientLight intensity={0.5} />
      <directionalLight position={[0, 0, 10]} intensity={1.5} />
      <RicAxes extent={extent} />
      <Envelope />
      <ClusterLinks />
      <ClusterSatellites />
      {failedSatellite && <FailedSatelliteTrack />}
      {labels && <RicLabels extent={extent} />}
    </group>
  );
}

/** The 3D view: Earth, Sun, orbit and clusters, or the cluster in its RIC frame. Loaded on demand (three.js is heavy). */
export default function Scene() {
  const camera = useApp((s) => s.camera);
  const playing = useApp((s) => s.playing);
  return (
    <Canvas
      frameloop={playing ? 'always' : 'demand'}
      dpr={[1, 2]}
      gl={{ preserveDrawingBuffer: true, antialias: true }}
      camera={{ fov: 40, near: 0.002, far: 400, position: [0, -24, 8], up: [0, 0, 1] }}
      aria-label="3D view of the orbit and the cluster"
    >
      <color attach="background" args={['#04060c']} />
      <SimulationClock />
      <InvalidateOnChange />
      {camera === 'cluster' ? <ClusterView /> : <EarthView />}
      <CameraRig />
      <StatsProbe />
    </Canvas>
  );
}
