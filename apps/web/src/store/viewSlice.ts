import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './appStore.ts';

/** Camera presets: the whole Earth, the cluster in its RIC frame, or the Earth view following the cluster. */
export type CameraPreset = 'earth' | 'cluster' | 'follow';

/** Settings read from the page address (`?clusters=124&stats=1`). */
export interface ViewParams {
  /** Clusters drawn along the orbit, 1 to `MAX_CLUSTERS`. */
  readonly clusters: number;
  readonly stats: boolean;
  readonly camera: CameraPreset;
}

/** Most clusters the scale-out view draws (124 x 81 = 10,044 satellites; 200 leaves headroom). */
export const MAX_CLUSTERS = 200;

/** Reads `clusters`, `stats` and `view` from a query string; bad values fall back to the defaults. */
export function parseViewParams(search: string): ViewParams {
  const params = new URLSearchParams(search);
  const clusters = Number(params.get('clusters') ?? '1');
  const view = params.get('view');
  return {
    clusters: Number.isInteger(clusters) && clusters >= 1 ? Math.min(clusters, MAX_CLUSTERS) : 1,
    stats: params.get('stats') === '1',
    camera: view === 'cluster' || view === 'follow' ? view : 'earth',
  };
}

/** What is shown and how: camera, scale-out, overlays. */
export interface ViewSlice extends ViewParams {
  readonly labels: boolean;
  /** Show the failed-satellite case in the RIC view: the default failed satellite's uncontrolled track over 3 days (core's `failedSatelliteTrackRic`). */
  readonly failedSatellite: boolean;
  /** The user asked the system for less motion: start paused, no camera tweening. */
  readonly reducedMotion: boolean;
  /** Counts camera preset requests, so choosing the current preset again re-aims the camera. */
  readonly cameraRequest: number;
  setCamera(camera: CameraPreset): void;
  setLabels(labels: boolean): void;
  setFailedSatellite(failedSatellite: boolean): void;
  setStats(stats: boolean): void;
}

export const createViewSlice =
  (initial: ViewParams & { reducedMotion: boolean }): StateCreator<AppState, [], [], ViewSlice> =>
  (set, get) => ({
    ...initial,
    labels: true,
    failedSatellite: false,
    cameraRequest: 0,
    setCamera(camera) {
      set({ camera, cameraRequest: get().cameraRequest + 1 });
    },
    setLabels(labels) {
      set({ labels });
    },
    setFailedSatellite(failedSatellite) {
      set({ failedSatellite });
    },
    setStats(stats) {
      set({ stats });
    },
  });
