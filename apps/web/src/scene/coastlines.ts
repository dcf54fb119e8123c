import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import land from 'world-atlas/land-110m.json' with { type: 'json' };

/** Spacing of the latitude and longitude lines drawn on the globe, deg. */
const GRATICULE_STEP_DEG = 30;

function pushPoint(out: number[], lonDeg: number, latDeg: number, radius: number): void {
  const lon = (lonDeg * Math.PI) / 180;
  const lat = (latDeg * Math.PI) / 180;
  out.push(radius * Math.cos(lat) * Math.cos(lon), radius * Math.cos(lat) * Math.sin(lon), radius * Math.sin(lat));
}

function pushPolyline(out: number[], points: readonly (readonly number[])[], radius: number): void {
  for (let k = 1; k < points.length; k++) {
    const a = points[k - 1]!;
    const b = points[k]!;
    pushPoint(out, a[0]!, a[1]!, radius);
    pushPoint(out, b[0]!, b[1]!, radius);
  }
}

/**
 * Line segments (pairs of points, x y z interleaved) of Natural Earth's
 * 1:110m coastlines (world-atlas, bundled) and a 30 deg graticule, on a sphere
 * of `radius` in Earth-fixed axes (x to 0 deg longitude, z to the north pole).
 * Returns the split between the two so they can be coloured apart.
 */
export function globeLineSegments(radius: number): { positions: Float32Array; coastlineVertices: number } {
  const out: number[] = [];
  const topology = land as unknown as Topology<{ land: GeometryCollection }>;
  for (const line of mesh(topology, topology.objects.land).coordinates) pushPolyline(out, line, radius);
  const coastlineVertices = out.length / 3;
  for (let lon = -180; lon < 180; lon += GRATICULE_STEP_DEG) {
    const meridian: number[][] = [];
    for (let lat = -90; lat <= 90; lat += 2) meridian.push([lon, lat]);
    pushPolyline(out, meridian, radius);
  }
  for (let lat = -60; lat <= 60; lat += GRATICULE_STEP_DEG) {
    const parallel: number[][] = [];
    for (let lon = -180; lon <= 180; lon += 2) parallel.push([lon, lat]);
    pushPolyline(out, parallel, radius);
  }
  return { positions: Float32Array.from(out), coastlineVertices };
}
