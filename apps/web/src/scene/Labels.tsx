import type { Vector3 } from 'three';
import { useApp, useAppStoreApi } from '../store/useApp.ts';
import { EARTH_VIEW_M_PER_UNIT, sceneEphemerisAt } from './sceneEphemeris.ts';
import { Label } from './Label.tsx';
import { EARTH_VIEW_CLUSTER_MAGNIFICATION } from './Satellites.tsx';

/** Labels of the Earth view: the (first) cluster follows its orbit. */
export function EarthLabels() {
  const store = useAppStoreApi();
  const satellites = useApp((s) => s.current.scenario.cluster.satellites);
  const clusters = useApp((s) => s.clusters);
  const text = `${clusters > 1 ? `${clusters} clusters × ${satellites}` : `cluster of ${satellites}`} satellites (shape enlarged ${EARTH_VIEW_CLUSTER_MAGNIFICATION}×)`;
  const place = (out: Vector3) => {
    const { current, timeS } = store.getState();
    const [x, y, z] = sceneEphemerisAt(current, timeS).clusterPositionM;
    out.set(x! / EARTH_VIEW_M_PER_UNIT, y! / EARTH_VIEW_M_PER_UNIT, z! / EARTH_VIEW_M_PER_UNIT);
  };
  return <Label text={text} place={place} />;
}

/** Axis labels of the cluster (RIC) view, at the ends of the drawn axes (scene units). */
export function RicLabels({ extent }: { readonly extent: number }) {
  return (
    <>
      <Label text="along-track →" place={(out) => out.set(extent * 0.8, 0, 0)} />
      <Label text="radial (up, away from Earth)" place={(out) => out.set(0, extent / 2, 0)} />
      <Label text="cross-track (orbit normal)" place={(out) => out.set(0, 0, extent / 2)} />
    </>
  );
}
