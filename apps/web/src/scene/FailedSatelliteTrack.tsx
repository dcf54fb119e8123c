import { failedSatelliteTrackRic } from '@solstice/core';
import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry, Line, LineBasicMaterial } from 'three';
import { useApp } from '../store/useApp.ts';
import { ricToClusterScene } from './clusterFrame.ts';

/** Days of the failed satellite's drift drawn in the RIC view. */
const TRACK_DAYS = 3;

/**
 * The failed-satellite case in the RIC view: the default failed satellite's
 * uncontrolled track over three days from core (`failedSatelliteTrackRic`:
 * its design orbit plus the HCW response to its differential drag), drawn as
 * one red line through the cluster. No physics here.
 */
export function FailedSatelliteTrack() {
  const scenario = useApp((s) => s.current.scenario);
  const line = useMemo(() => {
    const track = failedSatelliteTrackRic(scenario, TRACK_DAYS);
    const samples = track.timesS.length;
    const positions = new Float32Array(3 * samples);
    const ric = track.positionsRicM;
    for (let i = 0; i < samples; i++) ricToClusterScene(ric[3 * i]!, ric[3 * i + 1]!, ric[3 * i + 2]!, positions, 3 * i);
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(positions, 3));
    const l = new Line(g, new LineBasicMaterial({ color: '#ff4d4d' }));
    l.userData = { failedSatellite: track.satellite, samples };
    l.frustumCulled = false;
    return l;
  }, [scenario]);
  useEffect(
    () => () => {
      line.geometry.dispose();
      (line.material as LineBasicMaterial).dispose();
    },
    [line],
  );
  return <primitive object={line} />;
}
