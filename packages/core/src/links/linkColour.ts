/** Colour of a link with no capacity (red), linear RGB 0 to 1. */
export const LINK_COLOUR_WEAK_RGB = [1.0, 0.35, 0.25] as const;

/** Colour of the strongest link of the span (cyan), linear RGB 0 to 1. */
export const LINK_COLOUR_STRONG_RGB = [0.3, 0.9, 1.0] as const;

/**
 * Writes the colour of a link with `capacityBps` (r, g, b at `offset`, 0 to 1):
 * linear from red at no capacity to cyan at `maxBps`, the strongest capacity
 * any link reaches over the span, so the scale stays fixed while the links
 * change. The app's scene and the CZML export draw links with it.
 * @param capacityBps the link's capacity now, bit/s
 * @param maxBps the strongest capacity over the span, bit/s
 */
export function linkCapacityColourRgb(capacityBps: number, maxBps: number, out: { [index: number]: number }, offset = 0): void {
  const t = maxBps > 0 ? Math.min(Math.max(capacityBps / maxBps, 0), 1) : 0;
  out[offset] = LINK_COLOUR_WEAK_RGB[0] + t * (LINK_COLOUR_STRONG_RGB[0] - LINK_COLOUR_WEAK_RGB[0]);
  out[offset + 1] = LINK_COLOUR_WEAK_RGB[1] + t * (LINK_COLOUR_STRONG_RGB[1] - LINK_COLOUR_WEAK_RGB[1]);
  out[offset + 2] = LINK_COLOUR_WEAK_RGB[2] + t * (LINK_COLOUR_STRONG_RGB[2] - LINK_COLOUR_WEAK_RGB[2]);
}
