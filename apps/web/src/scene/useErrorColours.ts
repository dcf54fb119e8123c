import type { StationKeepingErrorSeries } from '@solstice/core';
import { useMemo } from 'react';
import { Color, type InstancedMesh, type Material } from 'three';
import { errorColourRgb, errorSampleIndex, errorScaleTopM } from '../model/errorColours.ts';
import { currentStationKeepingSeries } from '../store/stationKeepingSlice.ts';
import { useAppStoreApi } from '../store/useApp.ts';

/** The satellites' own colour when they are not coloured by error (the material is white; instances carry the colour). */
export const SATELLITE_COLOUR = new Color('#d9b45a');

/**
 * Returns a per-frame painter for the cluster's instanced satellites: with the
 * station-keeping view on and its series computed for the current scenario,
 * each instance takes the colour of its position error at the simulation time
 * (`errorSampleIndex`, `errorColourRgb`); otherwise the satellites' own
 * colour. Reads the store, mutates the mesh, allocates nothing per frame, and
 * writes the colours only when the series or its sample changes (a 300 s
 * sample spans about 2 frames at 10,000x and 60 fps, 18 at 1,000x).
 */
export function useErrorColours(): (mesh: InstancedMesh, satellites: number, timeS: number) => void {
  const store = useAppStoreApi();
  const scratch = useMemo(
    () => ({ rgb: new Float32Array(3), colour: new Color(), series: null as StationKeepingErrorSeries | null, index: -1 }),
    [],
  );
  return (mesh, satellites, timeS) => {
    const state = store.getState();
    const series = currentStationKeepingSeries(state);
    const shown = state.stationKeeping && series?.satellites === satellites ? series : null;
    const index = shown ? errorSampleIndex(shown.timesS, timeS) : -1;
    const fresh = !mesh.instanceColor;
    if (!fresh && shown === scratch.series && index === scratch.index) return;
    scratch.series = shown;
    scratch.index = index;
    if (!shown) {
      for (let k = 0; k < satellites; k++) mesh.setColorAt(k, SATELLITE_COLOUR);
    } else {
      const top = errorScaleTopM(shown.deadbandM, shown.maxErrorM);
      for (let k = 0; k < satellites; k++) {
        errorColourRgb(shown.errorsM[index * satellites + k]!, top, scratch.rgb);
        mesh.setColorAt(k, scratch.colour.setRGB(scratch.rgb[0]!, scratch.rgb[1]!, scratch.rgb[2]!));
      }
    }
    mesh.instanceColor!.needsUpdate = true;
    // A colour attribute added after the first draw needs the shader rebuilt once.
    if (fresh) (mesh.material as Material).needsUpdate = true;
  };
}
