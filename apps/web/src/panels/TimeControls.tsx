import { useEffect, useRef } from 'react';
import { sceneEphemerisAt } from '../scene/sceneEphemeris.ts';
import { EclipseStrip } from './EclipseStrip.tsx';
import { SPEEDS, yearLengthS } from '../store/simulationSlice.ts';
import type { CameraPreset } from '../store/viewSlice.ts';
import { useApp, useAppStoreApi } from '../store/useApp.ts';

const CAMERAS: readonly { id: CameraPreset; label: string }[] = [
  { id: 'earth', label: 'Earth' },
  { id: 'cluster', label: 'Cluster (RIC)' },
  { id: 'follow', label: 'Follow' },
];

/**
 * Play, speed, scrub one orbit and the whole year, camera presets. Time is
 * shown by writing to the DOM from a store subscription, so playback never
 * re-renders React.
 */
export function TimeControls() {
  const store = useAppStoreApi();
  const playing = useApp((s) => s.playing);
  const speed = useApp((s) => s.speed);
  const camera = useApp((s) => s.camera);
  const failedSatellite = useApp((s) => s.failedSatellite);
  const stationKeeping = useApp((s) => s.stationKeeping);
  const periodS = useApp((s) => s.current.evaluation.orbit.periodS);
  const year = useApp((s) => s.current.scenario.year);
  const clock = useRef<HTMLOutputElement>(null);
  const orbit = useRef<HTMLInputElement>(null);
  const day = useRef<HTMLInputElement>(null);
  const light = useRef<HTMLOutputElement>(null);
  useEffect(() => {
    const show = (timeS: number) => {
      const { unixS, clusterInShadow } = sceneEphemerisAt(store.getState().current, timeS);
      if (clock.current) clock.current.textContent = `${new Date(unixS * 1_000).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
      if (light.current) {
        light.current.textContent = clusterInShadow ? 'cluster in eclipse' : 'cluster sunlit';
        light.current.dataset.shadow = String(clusterInShadow);
      }
      if (orbit.current && document.activeElement !== orbit.current) orbit.current.value = String(((timeS % periodS) / periodS) * 1_000);
      if (day.current && document.activeElement !== day.current) day.current.value = String(timeS / 86_400);
    };
    show(store.getState().timeS);
    return store.subscribe((state, previous) => {
      if (state.timeS !== previous.timeS) show(state.timeS);
    });
  }, [store, periodS, year]);
  const setOrbitPhase = (permille: number) => {
    const { timeS } = store.getState();
    store.getState().setTime(Math.floor(timeS / periodS) * periodS + (permille / 1_000) * periodS);
  };
  return (
    <section className="time-controls" aria-label="Time controls">
      <button type="button" onClick={() => store.getState().togglePlaying()} aria-pressed={playing} aria-keyshortcuts="Space" data-testid="play">
        {playing ? 'Pause' : 'Play'}
      </button>
      <label>
        speed
        <select value={speed} onChange={(e) => store.getState().setSpeed(Number(e.target.value))} aria-keyshortcuts="ArrowUp ArrowDown">
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s.toLocaleString('en-US')}x
            </option>
          ))}
        </select>
      </label>
      <output ref={clock} className="clock" aria-live="off" data-testid="clock" />
      <output ref={light} className="sunlight" data-testid="cluster-sunlight" />
      <label className="scrub">
        orbit
        <input ref={orbit} type="range" min={0} max={1_000} step={1} defaultValue={0} onChange={(e) => setOrbitPhase(Number(e.target.value))} aria-keyshortcuts="ArrowLeft ArrowRight" />
      </label>
      <label className="scrub">
        day of {year}
        <span className="day-scrub">
          <input ref={day} type="range" min={0} max={yearLengthS(year) / 86_400} step={0.25} defaultValue={0} onChange={(e) => store.getState().setTime(Number(e.target.value) * 86_400)} />
          <EclipseStrip />
        </span>
      </label>
      <div role="group" aria-label="Camera" className="cameras">
        {CAMERAS.map((c) => (
          <button key={c.id} type="button" aria-pressed={camera === c.id} onClick={() => store.getState().setCamera(c.id)}>
            {c.label}
          </button>
        ))}
        <button
          type="button"
          aria-pressed={failedSatellite}
          title="RIC view: the track of a satellite that stops station keeping (its differential drag over 3 days)"
          onClick={() => store.getState().setFailedSatellite(!failedSatellite)}
        >
          Failed satellite
        </button>
        <button
          type="button"
          aria-pressed={stationKeeping}
          title="RIC view: the controlled cluster with drag and SRP over 3 days, each satellite coloured by its position error"
          onClick={() => store.getState().setStationKeeping(!stationKeeping)}
          data-testid="station-keeping"
        >
          Station keeping
        </button>
      </div>
    </section>
  );
}
