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
import { spatialIsolationRangeM, spatialIsolationRatio } from './crosstalk.ts';
import { maxSpatialOrder, nearFieldApertureM } from './spatialMultiplexing.ts';
import { linkReferenceValue } from '../referenceData.ts';

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
  /**
   * Isolation between spatial channels the modulation needs without MIMO, dB
   * (own power over the sum of the other beams'; seeds/links.json: 15 dB for
   * 400G PM-16QAM, `DEFAULT_SPATIAL_ISOLATION_DB`, when absent).
   */
  readonly requiredSpatialIsolationDb?: number;
  /**
   * A MIMO equaliser across the spatial channels: the requirement drops to at
   * most `MIMO_ISOLATION_LIMIT_DB` and each beam pays `MIMO_POWER_PENALTY_DB`
   * (default: false).
   */
  readonly spatialMimo?: boolean;
}

/** Isolation between spatial channels 400G PM-16QAM needs without MIMO, dB (seeds/links.json). */
export const DEFAULT_SPATIAL_ISOLATION_DB = linkReferenceValue('links.spatialIsolation');

/** Lowest isolation a MIMO equaliser is taken to undo, dB (seeds/links.json, a reasoned default). */
export const MIMO_ISOLATION_LIMIT_DB = linkReferenceValue('links.mimoIsolationLimit');

/** Received-power cost per beam of the MIMO equaliser, dB (seeds/links.json, a reasoned default). */
export const MIMO_POWER_PENALTY_DB = linkReferenceValue('links.mimoPowerPenalty');

/**
 * Largest spatial order searched, n = 32 (1,024 beams per terminal): far
 * beyond any terminal built or proposed, and a bound on the search where the
 * distance is so short that crosstalk allows any order (below about 1 m for
 * a 10 cm aperture).
 */
export const MAX_SPATIAL_ORDER = 32;

/**
 * The isolation an array must reach under a plan, dB: the modulation's
 * requirement, or with MIMO the smaller of it and `MIMO_ISOLATION_LIMIT_DB`.
 * @param plan the wavelength plan and its spatial requirement
 */
export function effectiveSpatialIsolationDb(plan: OpticalChannelPlan): number {
  const required = plan.requiredSpatialIsolationDb ?? DEFAULT_SPATIAL_ISOLATION_DB;
  return plan.spatialMimo === true ? Math.min(required, MIMO_ISOLATION_LIMIT_DB) : required;
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
  /** Isolation every array must reach, linear (`effectiveSpatialIsolationDb`). */
  readonly requiredIsolationRatio: number;
  /** Power factor per beam: the MIMO penalty as a linear factor, or 1. */
  readonly beamPowerFactor: number;
  /**
   * Range of each order n at the required isolation (`spatialIsolationRangeM`),
   * m, index n; NaN until first needed, then kept (the precomputation per order
   * that keeps the network loop cheap).
   */
  readonly isolationRangesM: Float64Array;
}

/**
 * Precomputes the distance-independent constants of a link's capacity.
 * @param link the terminals, SI units
 * @param plan the wavelength plan
 */
export function linkCapacityConstants(link: OpticalLinkParameters, plan: OpticalChannelPlan): LinkCapacityConstants {
  const requiredIsolationRatio = dbToRatio(effectiveSpatialIsolationDb(plan));
  return {
    link,
    plan,
    gridChannels: dwdmGridChannels(plan.dwdmBandHz, plan.dwdmGridHz),
    otherLossFraction: dbToRatio(-link.otherLossDb),
    fullGain: apertureGain(link.apertureDiameterM, link.wavelengthM, link.apertureEfficiency),
    fullUnityDistanceM: friisUnityDistanceM(link.apertureDiameterM, link.wavelengthM, link.apertureEfficiency),
    requiredIsolationRatio,
    beamPowerFactor: plan.spatialMimo === true ? dbToRatio(-MIMO_POWER_PENALTY_DB) : 1,
    isolationRangesM: isolationRangesFor(link, requiredIsolationRatio),
  };
}

/** The isolation ranges of the last terminal seen, shared while the terminal stays the same. */
let lastIsolation: { readonly key: readonly number[]; readonly rangesM: Float64Array } | undefined;

/**
 * The `isolationRangesM` table for a terminal: it depends on the aperture,
 * wavelength, pointing error and required isolation only, not on the geometry,
 * so a sweep over orbits or clusters with one terminal shares one table (its
 * entries are filled on first need, each the same whoever fills it).
 */
function isolationRangesFor(link: OpticalLinkParameters, requiredIsolationRatio: number): Float64Array {
  const key = [link.apertureDiameterM, link.wavelengthM, link.pointingErrorRad, requiredIsolationRatio];
  if (lastIsolation?.key.every((value, k) => Object.is(value, key[k]))) return lastIsolation.rangesM;
  const rangesM = new Float64Array(MAX_SPATIAL_ORDER + 1).fill(Number.NaN);
  lastIsolation = { key, rangesM };
  return rangesM;
}

/**
 * The range of order n at the constants' isolation requirement, m, computed
 * on first use and kept in `constants.isolationRangesM`.
 * @param constants from `linkCapacityConstants`
 * @param order n, 1 to `MAX_SPATIAL_ORDER`
 */
export function spatialOrderRangeM(constants: LinkCapacityConstants, order: number): number {
  const ranges = constants.isolationRangesM;
  let range = ranges[order]!;
  if (Number.isNaN(range)) {
    const { link } = constants;
    range = spatialIsolationRangeM(link.apertureDiameterM, order, link.wavelengthM, link.pointingErrorRad, constants.requiredIsolationRatio);
    ranges[order] = range;
  }
  return range;
}

/**
 * Largest order whose array meets the isolation requirement at a distance:
 * the last n before the first whose range (`spatialOrderRangeM`) is below d,
 * capped at `MAX_SPATIAL_ORDER`. Isolation falls as n grows (the validation
 * tests check it), so the orders that qualify are 1 to this one; since each
 * range is a fixed distance, the result is non-increasing in d.
 * @param constants from `linkCapacityConstants`
 * @param distanceM d, m
 */
export function isolatedSpatialOrder(constants: LinkCapacityConstants, distanceM: number): number {
  let order = 1;
  while (order < MAX_SPATIAL_ORDER && spatialOrderRangeM(constants, order + 1) >= distanceM) order++;
  return order;
}

/**
 * Received power of one beam of an n x n array, W: an aperture of D / n
 * carrying P_T / n^2 (the transmitter's power is shared by the beams), less
 * the MIMO penalty when MIMO is on.
 */
function beamReceivedPowerFromConstantsW(constants: LinkCapacityConstants, order: number, distanceM: number): number {
  const { link, otherLossFraction, fullGain, fullUnityDistanceM, beamPowerFactor } = constants;
  const beams = order * order;
  // A beam of aperture D / n has gain G / n^2 and unity distance z / n^2 and carries P_T / n^2.
  return receivedPowerFromConstantsW(
    (link.txPowerW / beams) * beamPowerFactor,
    otherLossFraction,
    fullGain / beams,
    fullUnityDistanceM / beams,
    link.pointingErrorRad,
    distanceM,
  );
}

/**
 * Capacity of one link direction, spatial channels x wavelength channels x
 * channel rate (the paper's section 4.2), maximised over the spatial order:
 * C(d) = max over 1 <= n <= N_S(d) of n^2 W_n(d) R, where N_S(d) is
 * `isolatedSpatialOrder` (the largest array whose beams keep the required
 * isolation from each other at d, `crosstalk.ts`), each of the n^2 beams
 * uses an aperture D / n with power P_T / n^2 (less the MIMO penalty when
 * MIMO is on), and W_n(d) = min(grid, floor(P_R,n(d) / P_s)) is
 * `powerLimitedChannels` of that beam's `receivedPowerW`. The paper's
 * crosstalk-free criterion (`maxSpatialOrder`, each beam within its confocal
 * length) is not used: at 100 m it allows 7 x 7 beams whose isolation is 4 dB.
 * Taking the maximum (a terminal may always light fewer, larger beams) makes C
 * non-increasing in d, since N_S(d) and every P_R,n(d) are. Allocation-free
 * once the ranges of the orders it meets are cached; the hot-loop form of
 * `linkCapacityBps`.
 * @param constants from `linkCapacityConstants`
 * @param distanceM d, m (> 0)
 * @returns C, bit/s
 */
export function linkCapacityFromConstantsBps(constants: LinkCapacityConstants, distanceM: number): number {
  const { plan, gridChannels: grid } = constants;
  let bestChannels = 0;
  // From the largest isolated order down: an order n carries at most n^2 x grid
  // channels, so once that is no more than the best so far, no smaller order can win.
  for (let order = isolatedSpatialOrder(constants, distanceM); order >= 1 && order * order * grid > bestChannels; order--) {
    const beamPowerW = beamReceivedPowerFromConstantsW(constants, order, distanceM);
    const channels = order * order * powerLimitedChannels(beamPowerW, plan.receiverSensitivityW, grid);
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
  /** Largest order whose isolation meets the requirement at this distance (`isolatedSpatialOrder`). */
  readonly maxSpatialOrder: number;
  /** The paper's crosstalk-free order, each beam within its confocal length (`maxSpatialOrder`), for contrast. */
  readonly confocalSpatialOrder: number;
  /** Isolation the array in use achieves, dB (`spatialIsolationRatio`); null for one beam, which has no neighbours. */
  readonly spatialIsolationDb: number | null;
  /** Isolation the arrays must reach, dB (`effectiveSpatialIsolationDb`: with MIMO, at most its limit). */
  readonly requiredSpatialIsolationDb: number;
  /** Whether a MIMO equaliser across the spatial channels is assumed. */
  readonly spatialMimo: boolean;
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
  const constants = linkCapacityConstants(link, plan);
  const grid = constants.gridChannels;
  const full = opticalLinkBudget(link, distanceM);
  const maxOrder = isolatedSpatialOrder(constants, distanceM);
  const capacityBps = linkCapacityFromConstantsBps(constants, distanceM);
  // The largest order that reaches the capacity (several can tie when power limits the
  // channels); one full beam when no channel closes at all.
  let order = capacityBps > 0 ? maxOrder : 1;
  let beamPowerW = beamReceivedPowerFromConstantsW(constants, order, distanceM);
  let channels = powerLimitedChannels(beamPowerW, plan.receiverSensitivityW, grid);
  while (order > 1 && order * order * channels * plan.channelRateBps < capacityBps) {
    order--;
    beamPowerW = beamReceivedPowerFromConstantsW(constants, order, distanceM);
    channels = powerLimitedChannels(beamPowerW, plan.receiverSensitivityW, grid);
  }
  const beamRateBps = Math.max(channels, 1) * plan.channelRateBps;
  const isolation = spatialIsolationRatio(link.apertureDiameterM, order, link.wavelengthM, link.pointingErrorRad, distanceM);
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
    confocalSpatialOrder: maxSpatialOrder(link.apertureDiameterM, link.wavelengthM, distanceM),
    spatialIsolationDb: Number.isFinite(isolation) ? ratioToDb(isolation) : null,
    requiredSpatialIsolationDb: effectiveSpatialIsolationDb(plan),
    spatialMimo: plan.spatialMimo === true,
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
