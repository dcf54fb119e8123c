import { useMemo } from 'react';
import { BufferAttribute, BufferGeometry } from 'three';

/** The RIC axes of the cluster view as one line geometry: along-track (x), radial (y), cross-track (z), scene units. */
export function RicAxes({ extent }: { readonly extent: number }) {
  const geometry = useMemo(() => {
    const e = extent;
    const positions = new Float32Array([-e, 0, 0, e, 0, 0, 0, -e / 2, 0, 0, e / 2, 0, 0, 0, -e / 2, 0, 0, e / 2]);
    const colours = new Float32Array([0.9, 0.45, 0.4, 0.9, 0.45, 0.4, 0.45, 0.85, 0.5, 0.45, 0.85, 0.5, 0.45, 0.6, 0.95, 0.45, 0.6, 0.95]);
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(positions, 3));
    g.setAttribute('color', new BufferAttribute(colours, 3));
    return g;
  }, [extent]);
  return (
    <lineSegments geometry={geometry}>
      <lineBasicMaterial vertexColors transparent opacity={0.5} />
    </lineSegments>
  );
}
