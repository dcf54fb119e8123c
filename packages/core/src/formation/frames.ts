/**
 * Reference frames of the formation, written down once.
 *
 * RIC (radial, in-track, cross-track) is the rotating frame of the reference
 * orbit, centred on the reference point (the cluster centre):
 * - x: radial, along the position vector, positive outward (away from Earth);
 * - y: along-track, completing the right-handed set z x x, positive in the
 *   direction of motion (equal to the velocity direction on a circular orbit);
 * - z: cross-track, along the orbit normal h = r x v.
 * Orekit calls this `LOFType.QSW`; "LVLH" names other axes in other books, so
 * Solstice never uses it bare.
 *
 * ECI is EME2000 (mean equator and equinox of J2000.0): the node is placed
 * from the Sun's J2000 direction, as the eclipse model's Sun vectors. The
 * relative motion never needs the distinction; the exports do, and rotate to
 * TEME for TLEs and OMMs (`orbit/earthFrames.ts` names every frame).
 *
 * Vectors and buffers carry their frame in the type (branded, as excalidraw
 * brands `GlobalPoint` and `LocalPoint`), so an RIC vector cannot be passed
 * where an ECI one is expected. Buffers hold one satellite after another,
 * x, y, z interleaved (positions) or x, y, z, vx, vy, vz (states), in m and m/s.
 */

declare const frameBrand: unique symbol;

/** A 3-vector in the RIC frame of the reference orbit (x radial, y along-track, z cross-track), m or m/s. */
export type RicVector = readonly [number, number, number] & { readonly [frameBrand]: 'RIC' };

/** A 3-vector in the ECI frame, m or m/s. */
export type EciVector = readonly [number, number, number] & { readonly [frameBrand]: 'ECI' };

/** RIC positions (3 per satellite: x, y, z) or states (6 per satellite), m and m/s. */
export type RicBuffer = Float64Array & { readonly [frameBrand]: 'RIC' };

/** ECI positions (3 per satellite) or states (6 per satellite), m and m/s. */
export type EciBuffer = Float64Array & { readonly [frameBrand]: 'ECI' };

/** Labels three numbers as an RIC vector (x radial, y along-track, z cross-track). */
export function ricVector(x: number, y: number, z: number): RicVector {
  return [x, y, z] as unknown as RicVector;
}

/** Labels three numbers as an ECI vector. */
export function eciVector(x: number, y: number, z: number): EciVector {
  return [x, y, z] as unknown as EciVector;
}

/** A zero-filled RIC buffer of `length` numbers (3 per satellite for positions, 6 for states). */
export function ricBuffer(length: number): RicBuffer {
  return new Float64Array(length) as RicBuffer;
}

/** A zero-filled ECI buffer of `length` numbers. */
export function eciBuffer(length: number): EciBuffer {
  return new Float64Array(length) as EciBuffer;
}

/**
 * The RIC axes of a reference state as ECI unit vectors (the columns of the
 * RIC-to-ECI rotation): x_hat = r/|r|, z_hat = (r x v)/|r x v|, y_hat = z_hat x x_hat.
 */
export interface RicAxes {
  /** Radial unit vector in ECI. */
  readonly radial: EciVector;
  /** Along-track unit vector in ECI. */
  readonly alongTrack: EciVector;
  /** Cross-track (orbit normal) unit vector in ECI. */
  readonly crossTrack: EciVector;
  /** Angular velocity of the frame, |r x v| / |r|^2, rad/s (about the cross-track axis). */
  readonly rateRadPerS: number;
}

/**
 * The RIC axes of a reference ECI state (position m, velocity m/s), read at
 * `offset` in a state buffer (6 numbers: x, y, z, vx, vy, vz).
 */
export function ricAxesOf(stateEci: EciBuffer, offset = 0): RicAxes {
  const rx = stateEci[offset]!;
  const ry = stateEci[offset + 1]!;
  const rz = stateEci[offset + 2]!;
  const vx = stateEci[offset + 3]!;
  const vy = stateEci[offset + 4]!;
  const vz = stateEci[offset + 5]!;
  const r = Math.hypot(rx, ry, rz);
  const hx = ry * vz - rz * vy;
  const hy = rz * vx - rx * vz;
  const hz = rx * vy - ry * vx;
  const h = Math.hypot(hx, hy, hz);
  const ux = rx / r;
  const uy = ry / r;
  const uz = rz / r;
  const nx = hx / h;
  const ny = hy / h;
  const nz = hz / h;
  return {
    radial: eciVector(ux, uy, uz),
    alongTrack: eciVector(ny * uz - nz * uy, nz * ux - nx * uz, nx * uy - ny * ux),
    crossTrack: eciVector(nx, ny, nz),
    rateRadPerS: h / (r * r),
  };
}

/**
 * Components of an ECI direction (a free vector: the Sun, a velocity) along
 * RIC axes: (v . x_hat, v . y_hat, v . z_hat), the rotation C^T v.
 * @param axes RIC axes as ECI unit vectors (`ricAxesOf`)
 * @param vectorEci the direction in ECI, 3 numbers
 * @param out its radial, along-track and cross-track components (written)
 */
export function eciDirectionToRic(axes: RicAxes, vectorEci: ArrayLike<number>, out: Float64Array): Float64Array {
  const x = vectorEci[0]!;
  const y = vectorEci[1]!;
  const z = vectorEci[2]!;
  out[0] = axes.radial[0] * x + axes.radial[1] * y + axes.radial[2] * z;
  out[1] = axes.alongTrack[0] * x + axes.alongTrack[1] * y + axes.alongTrack[2] * z;
  out[2] = axes.crossTrack[0] * x + axes.crossTrack[1] * y + axes.crossTrack[2] * z;
  return out;
}

/**
 * Converts relative RIC states into absolute ECI states about a reference
 * state: r = r_ref + C rho, v = v_ref + C (rho_dot + omega x rho), with C the
 * RIC-to-ECI rotation and omega = rate z_hat the frame's angular velocity
 * (rigid-frame kinematics, Vallado, 4th ed., section 6.8: exact, no linearisation).
 * @param referenceEci reference state (6 numbers), m and m/s
 * @param relativeRic relative states, 6 per satellite, m and m/s in RIC
 * @param outEci absolute states, 6 per satellite, m and m/s in ECI (written)
 */
export function ricStatesToEci(referenceEci: EciBuffer, relativeRic: RicBuffer, outEci: EciBuffer): EciBuffer {
  const axes = ricAxesOf(referenceEci);
  const [ux, uy, uz] = axes.radial;
  const [tx, ty, tz] = axes.alongTrack;
  const [nx, ny, nz] = axes.crossTrack;
  const w = axes.rateRadPerS;
  const count = relativeRic.length / 6;
  for (let k = 0; k < count; k++) {
    const o = 6 * k;
    const x = relativeRic[o]!;
    const y = relativeRic[o + 1]!;
    const z = relativeRic[o + 2]!;
    // Inertial velocity seen in the rotating frame: rho_dot + omega x rho, omega = (0, 0, w).
    const vx = relativeRic[o + 3]! - w * y;
    const vy = relativeRic[o + 4]! + w * x;
    const vz = relativeRic[o + 5]!;
    outEci[o] = referenceEci[0]! + ux * x + tx * y + nx * z;
    outEci[o + 1] = referenceEci[1]! + uy * x + ty * y + ny * z;
    outEci[o + 2] = referenceEci[2]! + uz * x + tz * y + nz * z;
    outEci[o + 3] = referenceEci[3]! + ux * vx + tx * vy + nx * vz;
    outEci[o + 4] = referenceEci[4]! + uy * vx + ty * vy + ny * vz;
    outEci[o + 5] = referenceEci[5]! + uz * vx + tz * vy + nz * vz;
  }
  return outEci;
}

/**
 * Converts absolute ECI states into relative RIC states about the state at
 * the start of the same buffer (the inverse of `ricStatesToEci`, rigid-frame
 * kinematics, Vallado, 4th ed., section 6.8): rho = C^T (r - r_ref),
 * rho_dot = C^T (v - v_ref) - omega x rho with omega = rate z_hat.
 * @param statesEci the reference (6 numbers) then `count` states, m and m/s in ECI
 * @param axes RIC axes of the reference (`ricAxesOf(statesEci)`; passed in so that a caller needing them too computes them once)
 * @param count number of states after the reference
 * @param outRic relative states, 6 per satellite, m and m/s in RIC (written)
 */
export function eciStatesToRic(statesEci: EciBuffer, axes: RicAxes, count: number, outRic: RicBuffer): RicBuffer {
  const [ux, uy, uz] = axes.radial;
  const [tx, ty, tz] = axes.alongTrack;
  const [nx, ny, nz] = axes.crossTrack;
  const w = axes.rateRadPerS;
  for (let k = 0; k < count; k++) {
    const o = 6 * (k + 1);
    const dx = statesEci[o]! - statesEci[0]!;
    const dy = statesEci[o + 1]! - statesEci[1]!;
    const dz = statesEci[o + 2]! - statesEci[2]!;
    const dvx = statesEci[o + 3]! - statesEci[3]!;
    const dvy = statesEci[o + 4]! - statesEci[4]!;
    const dvz = statesEci[o + 5]! - statesEci[5]!;
    const x = ux * dx + uy * dy + uz * dz;
    const y = tx * dx + ty * dy + tz * dz;
    const r = 6 * k;
    outRic[r] = x;
    outRic[r + 1] = y;
    outRic[r + 2] = nx * dx + ny * dy + nz * dz;
    // Velocity seen in the rotating frame: C^T dv - omega x rho, omega = (0, 0, w).
    outRic[r + 3] = ux * dvx + uy * dvy + uz * dvz + w * y;
    outRic[r + 4] = tx * dvx + ty * dvy + tz * dvz - w * x;
    outRic[r + 5] = nx * dvx + ny * dvy + nz * dvz;
  }
  return outRic;
}

/**
 * Converts absolute ECI positions into RIC positions about a reference state
 * (the inverse rotation of `ricStatesToEci`, positions only):
 * rho = C^T (r - r_ref).
 * @param referenceEci reference state (6 numbers), m and m/s
 * @param positionsEci absolute positions, read with `stride` numbers per satellite (3 or 6), m
 * @param outRic relative positions, 3 per satellite, m (written)
 */
export function eciPositionsToRic(
  referenceEci: EciBuffer,
  positionsEci: EciBuffer,
  outRic: RicBuffer,
  stride = 3,
): RicBuffer {
  const axes = ricAxesOf(referenceEci);
  const [ux, uy, uz] = axes.radial;
  const [tx, ty, tz] = axes.alongTrack;
  const [nx, ny, nz] = axes.crossTrack;
  const count = outRic.length / 3;
  for (let k = 0; k < count; k++) {
    const o = stride * k;
    const dx = positionsEci[o]! - referenceEci[0]!;
    const dy = positionsEci[o + 1]! - referenceEci[1]!;
    const dz = positionsEci[o + 2]! - referenceEci[2]!;
    outRic[3 * k] = ux * dx + uy * dy + uz * dz;
    outRic[3 * k + 1] = tx * dx + ty * dy + tz * dz;
    outRic[3 * k + 2] = nx * dx + ny * dy + nz * dz;
  }
  return outRic;
}
