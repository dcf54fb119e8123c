/** Colour of the weakest link (red-orange) and of the strongest (cyan), linear RGB. */
const WEAK = [1.0, 0.35, 0.25] as const;
const STRONG = [0.3, 0.9, 1.0] as const;

/**
 * Writes the colour of a link with `capacityBps` (r, g, b at `offset`): its
 * place between the weakest and strongest capacity the cluster reaches over
 * an orbit (core's `links` evaluation), so the colour scale is fixed while
 * the links change.
 */
export function linkColour(capacityBps: number, minBps: number, maxBps: number, out: Float32Array, offset: number): void {
  const t = maxBps > minBps ? Math.min(Math.max((capacityBps - minBps) / (maxBps - minBps), 0), 1) : 1;
  out[offset] = WEAK[0] + t * (STRONG[0] - WEAK[0]);
  out[offset + 1] = WEAK[1] + t * (STRONG[1] - WEAK[1]);
  out[offset + 2] = WEAK[2] + t * (STRONG[2] - WEAK[2]);
}
