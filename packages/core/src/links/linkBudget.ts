import { apertureGain, beamDivergenceRad, confocalLengthM } from './aperture.ts';
import { dbToRatio } from './decibels.ts';

/** One direction of an optical link between two identical terminals, in SI units. */
export interface OpticalLinkParameters {
  /** Telescope aperture diameter D at each end, m. */
  readonly apertureDiameterM: number;
  /** Aperture efficiency eta, 0-1 (the paper: 0.8). */
  readonly apertureEfficiency: number;
  /** Carrier wavelength lambda, m (the paper: 1.55e-6). */
  readonly wavelengthM: number;
  /** Optical power launched by the transmitter, W (the paper: 5 W from an EDFA). */
  readonly txPowerW: number;
  /** RMS pointing error of the transmitter, rad (the paper needs about 1e-6). */
  readonly pointingErrorRad: number;
  /** Other losses L_other as a positive loss, dB (the paper: 3 dB). */
  readonly otherLossDb: number;
}

/** Which side of the full aperture's confocal length a link distance lies. */
export type LinkRegime = 'near-field' | 'far-field';

/**
 * The distance at which the Friis power ratio G_T G_R (lambda / 4 pi d)^2
 * reaches 1 for two identical apertures: z = sqrt(G_T G_R) lambda / (4 pi) =
 * eta pi a^2 / lambda, i.e. eta times the confocal length (a = D / 2).
 * @param apertureDiameterM D, m
 * @param wavelengthM lambda, m
 * @param apertureEfficiency eta, 0-1
 * @returns z, m
 */
export function friisUnityDistanceM(apertureDiameterM: number, wavelengthM: number, apertureEfficiency: number): number {
  return apertureEfficiency * confocalLengthM(apertureDiameterM, wavelengthM);
}

/**
 * Fraction of the transmitted beam the receiving aperture collects,
 * C = F / (1 + F) = 1 / (1 + (d / z)^2), where F = G_T G_R (lambda / 4 pi d)^2
 * = (z / d)^2 is the Friis ratio of the paper's Eq. 1 and z = eta pi a^2 /
 * lambda (`friisUnityDistanceM`).
 *
 * Regimes: far beyond z, C = F (1 - F + ...), Friis to a relative (z / d)^2:
 * for a 10 cm aperture (z = 4.05 km) 0.7 % at 50 km, 1e-4 at 400 km, 7e-7
 * at 5,000 km; well inside z, C -> 1: the
 * beam stays about as wide as the aperture and nearly all of it is caught, so
 * the received power never exceeds what was sent. The form is the on-axis
 * intensity law of a Gaussian beam, w(d)^2 = w0^2 (1 + (d / z)^2) (Siegman,
 * Lasers, Eq. 17.5-8), with its Rayleigh range set to z so that the far field
 * is exactly Friis; it is continuous and strictly decreasing in d.
 *
 * Error in the near field: against a Gaussian beam at the Klein-Degnan waist
 * (a / w = 1.12) truncated by the transmit aperture and collected by an equal
 * receive aperture, (1 - exp(-2 a^2 / w0^2)) (1 - exp(-2 a^2 / w(d)^2)), this C
 * (with eta = 0.8) is about 0.7 dB too high below 300 m and 0.5 dB at 1 km
 * for 10 cm (0.37 dB clipped at each end; docs/links.md). It is kept: at the
 * cluster's 100-200 m the per-beam margin is 27-34 dB and no channel count moves.
 * @param distanceM d, m (> 0)
 * @param unityDistanceM z, m
 * @returns C, 0-1
 */
export function beamCouplingFraction(distanceM: number, unityDistanceM: number): number {
  const r = distanceM / unityDistanceM;
  return 1 / (1 + r * r);
}

/**
 * Pointing loss, L_p = exp(-G_T theta_e^2 / (1 + (z / d)^2)). In the far field
 * (d >> z) this is the standard Gaussian-beam pointing loss exp(-G_T
 * theta_e^2) (Hemmati, Near-Earth Laser Communications, 2009, ch. 2); in the
 * near field the lateral miss theta_e d is small against a beam that stays as
 * wide as the aperture, and the loss goes to 1. The factor d^2 / (d^2 + z^2)
 * is the share of the beam radius that comes from diffraction, as in
 * `beamCouplingFraction`, so both regimes join continuously.
 * @param txGain G_T, linear
 * @param pointingErrorRad theta_e, rad
 * @param distanceM d, m
 * @param unityDistanceM z, m
 * @returns L_p, 0-1
 */
export function pointingLossFraction(txGain: number, pointingErrorRad: number, distanceM: number, unityDistanceM: number): number {
  const r = unityDistanceM / distanceM;
  return Math.exp((-txGain * pointingErrorRad * pointingErrorRad) / (1 + r * r));
}

/**
 * Received power from precomputed link constants, P_R = P_T L_other L_p C(d)
 * (see `receivedPowerW`); the kernel that hot loops call with their constants
 * hoisted. Allocation-free.
 * @param txPowerW P_T, W
 * @param otherLossFraction L_other as a linear factor, 0-1
 * @param txGain G_T, linear
 * @param unityDistanceM z = eta pi a^2 / lambda, m (`friisUnityDistanceM`)
 * @param pointingErrorRad theta_e, rad
 * @param distanceM d, m (> 0)
 * @returns P_R, W
 */
export function receivedPowerFromConstantsW(
  txPowerW: number,
  otherLossFraction: number,
  txGain: number,
  unityDistanceM: number,
  pointingErrorRad: number,
  distanceM: number,
): number {
  return (
    txPowerW *
    otherLossFraction *
    pointingLossFraction(txGain, pointingErrorRad, distanceM, unityDistanceM) *
    beamCouplingFraction(distanceM, unityDistanceM)
  );
}

/**
 * Received optical power of one link, P_R = P_T L_other L_p C(d): the paper's
 * Eq. 1 (Friis, P_R = P_T G_T G_R (lambda / 4 pi d)^2 L_other) in the far
 * field, bounded by P_T L_other in the near field (see `beamCouplingFraction`
 * and `pointingLossFraction`). Allocation-free.
 * @param link the terminals, SI units
 * @param distanceM d, m (> 0)
 * @returns P_R, W (never above txPowerW)
 */
export function receivedPowerW(link: OpticalLinkParameters, distanceM: number): number {
  return receivedPowerFromConstantsW(
    link.txPowerW,
    dbToRatio(-link.otherLossDb),
    apertureGain(link.apertureDiameterM, link.wavelengthM, link.apertureEfficiency),
    friisUnityDistanceM(link.apertureDiameterM, link.wavelengthM, link.apertureEfficiency),
    link.pointingErrorRad,
    distanceM,
  );
}

/** The link budget of one beam at one distance. */
export interface OpticalLinkBudget {
  readonly distanceM: number;
  /** Near field below the aperture's confocal length, far field beyond. */
  readonly regime: LinkRegime;
  /** pi a^2 / lambda of the full aperture, m. */
  readonly confocalLengthM: number;
  /** Gain of each telescope, linear. */
  readonly gain: number;
  /** Diffraction-limited divergence 1.22 lambda / D, rad. */
  readonly divergenceRad: number;
  /** Radius of the central lobe at the receiver from that divergence, d theta, m (far-field meaning only). */
  readonly spotRadiusM: number;
  /** Friis ratio G_T G_R (lambda / 4 pi d)^2, linear; above 1 inside the near field. */
  readonly friisRatio: number;
  /** Collected fraction C of the beam, 0-1. */
  readonly couplingFraction: number;
  /** Pointing loss L_p, 0-1. */
  readonly pointingLossFraction: number;
  /** Received power, W. */
  readonly receivedPowerW: number;
}

/**
 * The full link budget of one beam at one distance (see `receivedPowerW` for
 * the model): for reports and the CLI; allocates one object.
 * @param link the terminals, SI units
 * @param distanceM d, m (> 0)
 */
export function opticalLinkBudget(link: OpticalLinkParameters, distanceM: number): OpticalLinkBudget {
  const { apertureDiameterM: d, wavelengthM: lambda, apertureEfficiency: eta } = link;
  const z = friisUnityDistanceM(d, lambda, eta);
  const confocal = confocalLengthM(d, lambda);
  const gain = apertureGain(d, lambda, eta);
  const divergenceRad = beamDivergenceRad(d, lambda);
  const unity = z / distanceM;
  return {
    distanceM,
    regime: distanceM < confocal ? 'near-field' : 'far-field',
    confocalLengthM: confocal,
    gain,
    divergenceRad,
    spotRadiusM: distanceM * divergenceRad,
    friisRatio: unity * unity,
    couplingFraction: beamCouplingFraction(distanceM, z),
    pointingLossFraction: pointingLossFraction(gain, link.pointingErrorRad, distanceM, z),
    receivedPowerW: receivedPowerW(link, distanceM),
  };
}
