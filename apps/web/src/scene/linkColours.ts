import { linkCapacityColourRgb } from '@solstice/core';

/**
 * Writes the colour of a link with `capacityBps` (r, g, b at `offset`): its
 * share of the strongest capacity any link reaches over the orbit (core's
 * `links` evaluation), so the scale stays fixed while the links change.
 * Core's `linkCapacityColourRgb`, which the CZML export uses too.
 */
export function linkColour(capacityBps: number, maxBps: number, out: Float32Array, offset: number): void {
  linkCapacityColourRgb(capacityBps, maxBps, out, offset);
}
