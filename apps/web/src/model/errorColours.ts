/**
 * Colour by position error for the station-keeping view: pure functions on
 * numbers (tested without a browser), read by the scene every frame.
 */

/** Colour stops of the error scale, from 0 to the scale's top: green, yellow, red (RGB 0..1). */
export const ERROR_SCALE_STOPS: readonly (readonly [number, number, number])[] = [
  [0.2, 0.8, 0.35],
  [0.95, 0.85, 0.2],
  [0.95, 0.25, 0.2],
];

/** The same stops as a CSS gradient, for the legend. */
export const ERROR_SCALE_CSS = `linear-gradient(to right, ${ERROR_SCALE_STOPS.map(([r, g, b]) => `rgb(${Math.round(r * 255)} ${Math.round(g * 255)} ${Math.round(b * 255)})`).join(', ')})`;

/**
 * Index of the sample to show at `timeS`: time wraps over the series' span
 * (its last sample time), so playback loops through the days.
 * @param timesS sample times, s, increasing, the first one step after 0
 * @param timeS simulation time, s
 */
export function errorSampleIndex(timesS: ArrayLike<number>, timeS: number): number {
  const samples = timesS.length;
  if (samples === 0) return -1;
  const spanS = timesS[samples - 1]!;
  const stepS = spanS / samples;
  const t = ((timeS % spanS) + spanS) % spanS;
  return Math.min(samples - 1, Math.max(0, Math.floor(t / stepS)));
}

/**
 * Writes the colour of an error into `out` at `offset` (r, g, b in 0..1):
 * linear between the stops, 0 at the first and `topM` (and above) at the last.
 * @param errorM position error, m
 * @param topM error at the top of the scale, m
 */
export function errorColourRgb(errorM: number, topM: number, out: Float32Array | number[], offset = 0): void {
  const x = Math.min(1, Math.max(0, topM > 0 ? errorM / topM : 0)) * (ERROR_SCALE_STOPS.length - 1);
  const i = Math.min(ERROR_SCALE_STOPS.length - 2, Math.floor(x));
  const f = x - i;
  const a = ERROR_SCALE_STOPS[i]!;
  const b = ERROR_SCALE_STOPS[i + 1]!;
  for (let c = 0; c < 3; c++) out[offset + c] = a[c]! + (b[c]! - a[c]!) * f;
}

/** Top of the colour scale for a series: the deadband, or the largest error if it is larger, m. */
export function errorScaleTopM(deadbandM: number, maxErrorM: number): number {
  return Math.max(deadbandM, maxErrorM);
}
