import { apertureGain, confocalLengthM } from './aperture.ts';
import { dbToRatio, ratioToDb } from './decibels.ts';
import { dwdmGridChannels, powerLimitedChannels } from './dwdm.ts';
import {
  friisUnityDistanceM,
  opticalLinkBudget,
  receivedPowerFromConstantsW,
  receivedPowerW,
  type LinkRegime,
  type OpticalLinkParameters,
} from './linkBudget.ts';
import { photonsPerBit } from './photons.ts';
import { maxSpatialOrder, nearFieldApertureM } from './spatialMultiplexing.ts';

/** The wavelength plan and receivers of a link, in SI units. */
export interface OpticalChannelPlan {
  /** Amplifier band filled with DWDM channels, Hz (the paper: half the C-band, 2.4e12). */
  readonly dwdmBandHz: number;
  /** ITU grid spacing, Hz (1e11 or 7.5e10). */
  readonly dwdmGridHz: number;
  /** Data rate of one wavelength channel, bit/s (400G PM-16QAM: 4e11). */
  readonly channelRateBps: number;
  /** Received power one channel needs, W (-20 dBm = 1e-5). */
  readonly receiverSensitivityW: number;
}

/**
 * The parameters of one beam of an N x N spatially multiplexed terminal: an
 * aperture of D / N carrying P_T / N^2 (the transmitter's power is shared by
 * the beams).
 */
function subBeam(link: OpticalLinkParameters, order: number): OpticalLinkParameters {
  return { ...link, apertureDiameterM: link.apertureDiameterM / order, txPowerW: link.txPowerW / (order * order) };
}

/**
 * The distance-independent constants of `linkCapacityBps` for one terminal
 * design and wavelength plan, computed once so that a loop over links and
 * time steps pays only for the distance-dependent part.
 */
export interface LinkCapacityConstants {
  readonly link: OpticalLinkParameters;
  readonly plan: OpticalChannelPlan;
  /** Channels the DWDM grid offers. */
  readonly gridChannels: number;
  /** L_other as a linear factor, 0-1. */
  readonly otherLossFraction: number;
  /** Gain of the full aperture, linear. */
  readonly fullGain: number;
  /** Friis unity distance z of the full aperture, m. */
  readonly fullUnityDistanceM: number;
}

/**
 * Precomputes the distance-independent constants of a link's capacity.
 * @param link the terminals, SI units
 * @param plan the wavelength plan
 */
export function linkCapacityConstants(link: OpticalLinkParameters, plan: OpticalChannelPlan): LinkCapacityConstants {
  return {
    link,
    plan,
    gridChannels: dwdmGridChannels(plan.dwdmBandHz, plan.dwdmGridHz),
    otherLossFraction: dbToRatio(-link.otherLossDb),
    fullGain: apertureGain(link.apertureDiameterM, link.wavelengthM, link.apertureEfficiency),
    fullUnityDistanceM: friisUnityDistanceM(link.apertureDiameterM, link.wavelengthM, link.apertureEfficiency),
  };
}

/**
 * Capacity of one link direction, spatial channels x wavelength channels x
 * channel rate (the paper's section 4.2), maximised over the spatial order:
 * C(d) = max over 1 <= n <= N(d) of n^2 W_n(d) R, where N(d) is
 * `maxSpatialOrder`, each of the n^2 beams uses an aperture D / n with power
 * P_T / n^2, and W_n(d) = min(grid, floor(P_R,n(d) / P_s)) is
 * `powerLimitedChannels` of that beam's `receivedPowerW`. Taking the maximum
 * (a terminal may always light fewer, larger beams) makes C non-increasing in
 * d, since N(d) and every P_R,n(d) are. Allocation-free; the hot-loop form of
 * `linkCapacityBps`.
 * @param constants from `linkCapacityConstants`
 * @param distanceM d, m (> 0)
 * @returns C, bit/s
 */
export function linkCapacityFromConstantsBps(constants: LinkCapacityConstants, distanceM: number): number {
  const { link, plan, gridChannels: grid, otherLossFraction, fullGain, fullUnityDistanceM } = constants;
  const maxOrder = maxSpatialOrder(link.apertureDiameterM, link.wavelengthM, distanceM);
  // A beam of aperture D / n has gain G / n^2 and unity distance z / n^2 and carries P_T / n^2.
  let bestChannels = 0;
  for (let order = maxOrder; order >= 1; order--) {
    const beams = order * order;
    if (beams * grid <= bestChannels) break; // no smaller order can do better
    const beamPowerW = receivedPowerFromConstantsW(
      link.txPowerW / beams,
      otherLossFraction,
      fullGain / beams,
      fullUnityDistanceM / beams,
      link.pointingErrorRad,
      distanceM,
    );
    const channels = beams * powerLimitedChannels(beamPowerW, plan.receiverSensitivityW, grid);
    if (channels > bestChannels) bestChannels = channels;
  }
  return bestChannels * plan.channelRateBps;
}

/**
 * Capacity of one link direction at one distance (see
 * `linkCapacityFromConstantsBps` for the model; loops should precompute the
 * constants with `linkCapacityConstants`).
 * @param link the terminals, SI units
 * @param plan the wavelength plan
 * @param distanceM d, m (> 0)
 * @returns C, bit/s
 */
export function linkCapacityBps(link: OpticalLinkParameters, plan: OpticalChannelPlan, distanceM: number): number {
  return linkCapacityFromConstantsBps(linkCapacityConstants(link, plan), distanceM);
}

/** Everything `solstice link` reports for one link distance. */
export interface OpticalLinkCapacity {
  readonly distanceM: number;
  /** Regime of the full aperture: near field below its confocal length. */
  readonly regime: LinkRegime;
  /** Confocal length of the full aperture, m. */
  readonly confocalLengthM: number;
  /** Telescope gain of the full aperture, dB. */
  readonly gainDb: number;
  /** Divergence 1.22 lambda / D of the full aperture, rad. */
  readonly divergenceRad: number;
  /** Power received by the full aperture as one beam (the paper's Eq. 1 in the far field), W. */
  readonly receivedPowerW: number;
  /** Spatial array order n in use (n x n beams). */
  readonly spatialOrder: number;
  /** Spatial channels in use, n^2. */
  readonly spatialChannels: number;
  /** Largest order the distance allows, N(d). */
  readonly maxSpatialOrder: number;
  /** Smallest aperture whose beam stays in its near field at this distance, 2 sqrt(lambda d / pi), m. */
  readonly nearFieldApertureM: number;
  /** Confocal length of one beam of the array in use, m. */
  readonly beamConfocalLengthM: number;
  /** Power received per beam of the array in use, W. */
  readonly beamReceivedPowerW: number;
  /** Wavelength channels per beam. */
  readonly wavelengthChannels: number;
  /** Channels the DWDM grid offers. */
  readonly gridChannels: number;
  /** Spatial x wavelength channels x channel rate, bit/s. */
  readonly capacityBps: number;
  /** Photons received per bit on one beam at its rate (at one channel's rate when no channel closes). */
  readonly photonsPerBit: number;
  /** Margin of one beam's received power over what the full grid needs, dB (negative: power limits the channels). */
  readonly marginDb: number;
}

/**
 * The capacity of one link with its budget, for reports (`linkCapacityBps`
 * gives the same capacity without allocating).
 * @param link the terminals, SI units
 * @param plan the wavelength plan
 * @param distanceM d, m (> 0)
 */
export function opticalLinkCapacity(link: OpticalLinkParameters, plan: OpticalChannelPlan, distanceM: number): OpticalLinkCapacity {
  const grid = dwdmGridChannels(plan.dwdmBandHz, plan.dwdmGridHz);
  const full = opticalLinkBudget(link, distanceM);
  const maxOrder = maxSpatialOrder(link.apertureDiameterM, link.wavelengthM, distanceM);
  const capacityBps = linkCapacityBps(link, plan, distanceM);
  // The largest order that reaches the capacity (several can tie when power limits the
  // channels); one full beam when no channel closes at all.
  let order = capacityBps > 0 ? maxOrder : 1;
  let beamPowerW = receivedPowerW(subBeam(link, order), distanceM);
  let channels = powerLimitedChannels(beamPowerW, plan.receiverSensitivityW, grid);
  while (order > 1 && order * order * channels * plan.channelRateBps < capacityBps) {
    order--;
    beamPowerW = receivedPowerW(subBeam(link, order), distanceM);
    channels = powerLimitedChannels(beamPowerW, plan.receiverSensitivityW, grid);
  }
  const beamRateBps = Math.max(channels, 1) * plan.channelRateBps;
  return {
    distanceM,
    regime: full.regime,
    confocalLengthM: full.confocalLengthM,
    gainDb: ratioToDb(full.gain),
    divergenceRad: full.divergenceRad,
    receivedPowerW: full.receivedPowerW,
    spatialOrder: order,
    spatialChannels: order * order,
    maxSpatialOrder: maxOrder,
    nearFieldApertureM: nearFieldApertureM(link.wavelengthM, distanceM),
    beamConfocalLengthM: confocalLengthM(link.apertureDiameterM / order, link.wavelengthM),
    beamReceivedPowerW: beamPowerW,
    wavelengthChannels: channels,
    gridChannels: grid,
    capacityBps,
    photonsPerBit: photonsPerBit(beamPowerW, beamRateBps, link.wavelengthM),
    marginDb: ratioToDb(beamPowerW / (grid * plan.receiverSensitivityW)),
  };
}

/**
 * The longest distance at which one full-aperture beam still carries `channels`
 * wavelength channels, i.e. receives channels x P_s: found by bisection on
 * log d, since the received power falls strictly with distance. With the
 * paper's inputs and 24 channels this is about 410 km (the pure 1/d^2 scaling
 * from 1.64 uW at 5,000 km gives 413 km; the paper's Fig. 1 shows about 300 km).
 * @param link the terminals, SI units
 * @param plan the wavelength plan (its sensitivity is used)
 * @param channels wavelength channels to carry (>= 1)
 * @returns d, m; 0 when even a vanishing distance is not enough
 */
export function wavelengthChannelRangeM(link: OpticalLinkParameters, plan: OpticalChannelPlan, channels: number): number {
  const neededW = channels * plan.receiverSensitivityW;
  let nearM = 1e-6;
  let farM = 1e15;
  if (receivedPowerW(link, nearM) < neededW) return 0;
  if (receivedPowerW(link, farM) >= neededW) return farM;
  for (let i = 0; i < 200 && farM / nearM > 1 + 1e-12; i++) {
    const midM = Math.sqrt(nearM * farM);
    if (receivedPowerW(link, midM) >= neededW) nearM = midM;
    else farM = midM;
  }
  return nearM;
}
