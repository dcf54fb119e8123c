import { meanMotionRadPerS } from '../orbit/circularOrbit.ts';
import { ricBuffer, type RicBuffer } from './frames.ts';
import { clusterLattice, type ClusterLattice } from './lattice.ts';
import { closedEllipseAxisRatio, hcwModel, relativeMotionPositions, type RelativeMotionModel } from './relativeMotion.ts';
import { j2MeanRateModel, j2MeanSemiMajorAxisM } from './j2MeanMotion.ts';

/** What fixes a cluster design (SI units). */
export interface FormationDesignInput {
  /** Number of satellites N (1 to 10,000). */
  readonly satellites: number;
  /** Cluster radius R: along-track half-extent of the outermost ellipse, m. */
  readonly radiusM: number;
  /** Radius of the circular reference orbit, m: the reference starts as a circular osculating state of this radius at the ascending node. */
  readonly semiMajorAxisM: number;
  /** Inclination of the reference orbit, rad. */
  readonly inclinationRad: number;
  /** Largest cross-track excursion of the outermost satellite, m (0: planar, the paper's design). */
  readonly crossTrackAmplitudeM?: number;
  /** Design the ellipses with the J2 mean-rate model (true, default; `j2MeanRateModel`) or plain HCW (false). */
  readonly j2Corrected?: boolean;
}

/** A cluster design: every satellite's initial relative state and the model that propagates it. */
export interface FormationDesign {
  readonly satellites: number;
  readonly radiusM: number;
  readonly semiMajorAxisM: number;
  readonly inclinationRad: number;
  readonly crossTrackAmplitudeM: number;
  readonly j2Corrected: boolean;
  /** Lattice indices (i radial, j along-track) and spacings. */
  readonly lattice: ClusterLattice;
  /** Relative-motion model the design is closed in (HCW or the J2 mean-rate model). */
  readonly model: RelativeMotionModel;
  /** Along-track to radial amplitude ratio of every ellipse (2 for HCW). */
  readonly axisRatio: number;
  /** Radial half-extent of the outermost ellipse, m (R / axisRatio; R/2 for HCW). */
  readonly radialRadiusM: number;
  /** Initial RIC states at t = 0 (the lattice epoch), 6 per satellite, m and m/s. */
  readonly initialStatesRic: RicBuffer;
}

/**
 * The Suncatcher cluster [P §2.2, Fig. 2-3]: satellite k on lattice point
 * (i, j) flies the closed, centred relative ellipse that passes through
 * x0 = i dx, y0 = j dy at t = 0, with dy = rho dx and rho the model's axis
 * ratio (2 for HCW). For a closed ellipse x0' = omega y0 / rho and
 * y0' = -rho omega x0, so that x(t) = x0 cos(omega t) + (y0/rho) sin(omega t)
 * and y(t) = y0 cos(omega t) - rho x0 sin(omega t): in the coordinates
 * (x, y/rho) the lattice turns rigidly, and the cluster breathes twice per
 * orbit inside the ellipse of +-R along-track and +-R/rho radial.
 * Phase convention of the paper: the peripheral satellite S1 = (0, +rho_max)
 * leads along-track at t = 0 and reaches apoapsis x = +R/rho (a + R/2 for
 * HCW) at omega t = pi/2 (3T/12) and periapsis at 9T/12.
 * Optional out-of-plane motion tilts each ellipse:
 * z(t) = A_z (i cos(q t) + j sin(q t)) / rho_max, so the outermost satellites
 * reach +-A_z once per orbit.
 * @throws RangeError for a non-positive radius or satellite count
 */
export function formationDesign(input: FormationDesignInput): FormationDesign {
  const j2Corrected = input.j2Corrected ?? true;
  const crossTrackAmplitudeM = input.crossTrackAmplitudeM ?? 0;
  // The reference starts as a circular osculating state of radius a at the ascending node (u = 0).
  const model = j2Corrected
    ? j2MeanRateModel(j2MeanSemiMajorAxisM(input.semiMajorAxisM, input.inclinationRad, 0), input.inclinationRad)
    : hcwModel(meanMotionRadPerS(input.semiMajorAxisM));
  const axisRatio = closedEllipseAxisRatio(model);
  const base = clusterLattice(input.satellites, input.radiusM);
  const outer = base.outerLatticeRadius > 0 ? base.outerLatticeRadius : 1;
  const lattice: ClusterLattice = { ...base, radialSpacingM: base.alongTrackSpacingM / axisRatio };
  const om = model.inPlaneRadPerS;
  const q = model.crossTrackRadPerS;
  const states = ricBuffer(6 * input.satellites);
  for (let k = 0; k < input.satellites; k++) {
    const i = lattice.radialIndex[k]!;
    const j = lattice.alongTrackIndex[k]!;
    const x0 = i * lattice.radialSpacingM;
    const y0 = j * lattice.alongTrackSpacingM;
    states[6 * k] = x0;
    states[6 * k + 1] = y0;
    states[6 * k + 2] = (crossTrackAmplitudeM * i) / outer;
    states[6 * k + 3] = (om * y0) / axisRatio;
    states[6 * k + 4] = -axisRatio * om * x0;
    states[6 * k + 5] = (crossTrackAmplitudeM * j * q) / outer;
  }
  return {
    satellites: input.satellites,
    radiusM: input.radiusM,
    semiMajorAxisM: input.semiMajorAxisM,
    inclinationRad: input.inclinationRad,
    crossTrackAmplitudeM,
    j2Corrected,
    lattice,
    model,
    axisRatio,
    radialRadiusM: input.radiusM / axisRatio,
    initialStatesRic: states,
  };
}

/**
 * Fills the RIC positions of every satellite of a design at a time, with no
 * allocation (the closed form of `relativeMotionPositions`).
 * Layout: satellite k at [3k, 3k+1, 3k+2] = (x radial, y along-track,
 * z cross-track), m; satellite k sits on lattice point
 * (design.lattice.radialIndex[k], design.lattice.alongTrackIndex[k]).
 * @param design the cluster design
 * @param tSinceEpochS time since the lattice epoch (t = 0: the square lattice), s
 * @param outRicM buffer of 3 N numbers to fill (allocate once with `ricBuffer(3 * N)`)
 * @param satellites indices of the only satellites to write (default: all); the others' entries are left as they are
 * @returns outRicM
 */
export function formationRicPositionsM(design: FormationDesign, tSinceEpochS: number, outRicM: RicBuffer, satellites?: Int32Array): RicBuffer {
  return relativeMotionPositions(design.model, tSinceEpochS, design.initialStatesRic, outRicM, satellites);
}
