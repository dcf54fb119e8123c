/**
 * Numerical guards and angle conversions, in one place (as d3-geo keeps its
 * `math.js`): floating-point round-off can push a cosine to 1 + 1e-16, and an
 * unguarded `Math.acos` then returns NaN.
 */

/** Radians per degree. */
export const RAD_PER_DEG = Math.PI / 180;

/** Degrees per radian. */
export const DEG_PER_RAD = 180 / Math.PI;

/** Converts an angle in degrees to radians. */
export function degToRad(angleDeg: number): number {
  return angleDeg * RAD_PER_DEG;
}

/** Converts an angle in radians to degrees. */
export function radToDeg(angleRad: number): number {
  return angleRad * DEG_PER_RAD;
}

/** Clamps `value` to [min, max]. */
export function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}

/** `Math.acos` with its argument clamped to [-1, 1]; result in rad. */
export function clampedAcos(cosine: number): number {
  return Math.acos(clamp(cosine, -1, 1));
}

/** `Math.asin` with its argument clamped to [-1, 1]; result in rad. */
export function clampedAsin(sine: number): number {
  return Math.asin(clamp(sine, -1, 1));
}

/** Logarithm base 2. */
export function log2(value: number): number {
  return Math.log(value) / Math.LN2;
}

/**
 * `Math.floor` that forgives round-off just below a whole number: a ratio that
 * is exactly 24 on paper (2.4 THz / 100 GHz) can come out as 23.999999999999996.
 * Relative tolerance 1e-9.
 */
export function floorTolerant(value: number): number {
  return Math.floor(value + Math.abs(value) * 1e-9);
}
