import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Vector3 } from 'three';

/**
 * A text label pinned to a point of the scene: a DOM element over the canvas
 * (no draw call), moved every frame by projecting the point with the camera.
 * `place` writes the point (scene units) into the vector it is given; hidden
 * when the point is behind the camera.
 */
export function Label({ text, place }: { readonly text: string; readonly place: (out: Vector3) => void }) {
  const host = useThree((s) => s.gl.domElement.parentElement);
  const element = useRef<HTMLDivElement | null>(null);
  const point = useMemo(() => new Vector3(), []);
  useEffect(() => {
    if (!host) return;
    const div = document.createElement('div');
    div.className = 'scene-label';
    host.append(div);
    element.current = div;
    return () => {
      div.remove();
      element.current = null;
    };
  }, [host]);
  useEffect(() => {
    if (element.current) element.current.textContent = text;
  });
  useFrame(({ camera, size }) => {
    const div = element.current;
    if (!div) return;
    place(point);
    point.project(camera);
    const visible = point.z < 1 && Math.abs(point.x) <= 1.2 && Math.abs(point.y) <= 1.2;
    div.style.display = visible ? '' : 'none';
    div.style.transform = `translate(${((point.x + 1) / 2) * size.width}px, ${((1 - point.y) / 2) * size.height}px)`;
  });
  return null;
}
