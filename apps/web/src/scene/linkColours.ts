/** Colour of a link with no capacity (red) and of the strongest link of the orbit (cyan), linear RGB. */
const WEAK = [1.0, 0.35, 0.25] as const;
const STRONG = [0.3, 0.9, 1.0] as const;

/**
 * Writes the colour of a link with `capacityBps` (r, g, b at `offset`): its
 * share of the strongest capacity any link reaches over the orbit (core's
 * `links` evaluation), so the scale stays fixed while the links change.
 */
export function linkColour(capacityBps: number, maxBps: number, out: Float32Array, offset: number): void {
  const t = maxBps > 0 ? Math.min(Math.max(capacityBps / maxBps, 0), 1) : 0;
  out[offset] = WEAK[0] + t * (STRONG[0] - WEAK[0]);
  out[offset + 1] = WEAK[1] + t * (STRONG[1] - WEAK[1]);
  out[offset + 2] = WEAK[2] + t * (STRONG[2] - WEAK[2]);
}
