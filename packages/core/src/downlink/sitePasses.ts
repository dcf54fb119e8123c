import { mergeSiteRuns, type ContactSeries } from './contactSeries.ts';
import { circularOrbitPositionFromTrigEqjM } from '../orbit/orbitPlane.ts';
import {
  argumentOfLatitudeRad,
  exactMask,
  gapClosedAfterS,
  gapClosedAfterSteps,
  nodeLongitudeRad,
  SCREEN_MARGIN_M,
  wrapTo,
  type ContactSampler,
  type ContactSeriesInput,
  type ContactSkip,
} from './contactGeometry.ts';
import { elevationMarginM, visibilityInnerCapRad } from './visibility.ts';

/** Turns by whole steps after which `PassWalk` takes alpha and u afresh: 256 turns of a few ulps each move a position by nanometres, far inside `SCREEN_MARGIN_M`. */
const WALK_TURNS_MAX = 256;
/** Longest jump `sitePasses` turns alpha and u by from its table; longer ones take them afresh (a revolution is 95 samples at 60 s). */
const STEP_TURNS_MAX = 256;
/** Samples' worth of the fastest closing along the orbit within which `sitePasses` walks up to the cap rather than jumping. */
const WALK_LEAD_SAMPLES = 3;

/** What `sitePasses` reads beyond the skip's state, fixed per series. */
export interface PassWalk {
  readonly skip: ContactSkip;
  /** Sine of the cap (`ContactSkip.capRad`). */
  readonly sinCap: number;
  /** Cosine of `visibilityInnerCapRad` (above 1 when there is no inner cap). */
  readonly cosInnerCap: number;
  /** `stepTurnTable`. */
  readonly stepTurns: Float64Array;
  /** Cosine and sine of cap + the lead within which the walk goes up to the cap rather than jumping. */
  readonly cosLead: number;
  readonly sinLead: number;
  /** Cosine and sine of `departureMinRad`. */
  readonly cosDepartureMin: number;
  readonly sinDepartureMin: number;
}

/**
 * The walk of a series with one spacecraft whose passes `sitePassesSeries` can walk
 * (the along-orbit bound holds and a sample's step along the orbit leaves the cap
 * within half a turn); undefined for a relay or where the bound does not hold.
 */
export function passWalk(input: ContactSeriesInput, skip: ContactSkip): PassWalk | undefined {
  const { capRad, inPlaneStepRad, inPlaneStepsMax, departureMinRad, sampler } = skip;
  if ((input.phaseCount ?? 1) !== 1 || !(inPlaneStepRad > 0) || capRad + inPlaneStepRad >= Math.PI) return undefined;
  const innerCapRad = visibilityInnerCapRad(input.semiMajorAxisM, input.elevationMaskRad);
  const leadRad = Math.min(WALK_LEAD_SAMPLES * inPlaneStepRad, Math.PI - capRad - inPlaneStepRad);
  return {
    skip,
    sinCap: Math.sin(capRad),
    cosInnerCap: innerCapRad > 0 ? Math.cos(innerCapRad) : 2,
    stepTurns: stepTurnTable(inPlaneStepsMax, sampler.nodeLongitudeRateRadPerS, sampler.meanMotionRadPerS, skip.stepS),
    cosLead: Math.cos(capRad + leadRad),
    sinLead: Math.sin(capRad + leadRad),
    cosDepartureMin: Math.cos(departureMinRad),
    sinDepartureMin: Math.sin(departureMinRad),
  };
}

/**
 * One spacecraft, site by site (`passWalk`). Within a site's plane window its angle
 * past the site along the orbit, x = u - phi, only grows (n > |phi'| while the site is
 * near the plane), so the samples within the cap come once a revolution: `sitePasses`
 * jumps along the orbit to just before them and walks them. The sites' runs are then
 * merged into the series' runs.
 */
export function sitePassesSeries(walk: PassWalk): ContactSeries {
  const { skip } = walk;
  const siteRuns: number[][] = [];
  for (let k = 0; k < skip.sampler.siteCount; k++) siteRuns.push(sitePasses(walk, k));
  return mergeSiteRuns(siteRuns, skip.stepS, skip.count);
}

/**
 * The samples in which site k sees the one spacecraft, as runs: first sample and the
 * sample after the last, flat, in time order. Each sample looked at is judged by its
 * central angle psi from the site, cos psi = cos u s_N + sin u s_M = cos d cos x (the
 * site along the orbit frame's N and M, `alongOrbitUntil`): within the inner cap
 * (`cosInnerCap`), in view; beyond the cap, out; between, the screened elevation test
 * (`siteInView`). From a sample out of view the walk goes on to the next sample while
 * the spacecraft is within the lead (`cosLead`) before the cap's angle along the orbit
 * or inside it; else it jumps by the along-orbit bound (`gapClosedAfterSteps`) to the
 * next approach. It is leaving when x > cap (then psi >= cap until x reaches
 * 2 pi - cap) or, out of the cap, when x >= `departureMinRad`, from which
 * cos psi = cos d cos x only falls until x = pi / 2, past which cos psi < 0 < cos(cap).
 * alpha and u are turned on by whole steps (angle addition with `stepTurns`, a few ulps
 * a turn), taken afresh at each window and after `WALK_TURNS_MAX` turns. One loop with
 * its state in locals: it runs some 20,000 times for a year at 60 s.
 */
function sitePasses(walk: PassWalk, k: number): number[] {
  const { skip, stepTurns, sinCap, cosInnerCap, cosLead, sinLead, cosDepartureMin, sinDepartureMin } = walk;
  const { sampler, capRad, cosCap } = skip;
  const { cosInclination, sinInclination, trig } = sampler;
  const windows = skip.planes.spans[k]!;
  const entries = skip.planes.entries[k]!;
  const entryGeometry = skip.planes.entryGeometry[k]!;
  const sx = skip.siteDirections[3 * k]!;
  const sy = skip.siteDirections[3 * k + 1]!;
  const sz = skip.siteDirections[3 * k + 2]!;
  const runs: number[] = [];
  for (let w = 0; w < windows.length; w += 2) {
    const last = windows[w + 1]!;
    let j = Math.max(windows[w]!, firstApproachSample(skip, entries[w]!, entries[w + 1]!, entryGeometry));
    if (j > last) continue;
    takeTrigAfresh(skip, j);
    let cosAlpha = trig[1]!;
    let sinAlpha = trig[2]!;
    let cosU = trig[4]!;
    let sinU = trig[5]!;
    let turns = 0;
    let runStart = -1;
    for (;;) {
      const across = sx * sinAlpha - sy * cosAlpha;
      const alongNode = sx * cosAlpha + sy * sinAlpha;
      const alongInPlane = sinInclination * sz - cosInclination * across;
      const cosPsi = cosU * alongNode + sinU * alongInPlane;
      let steps = 1;
      if (cosPsi >= cosInnerCap || (cosPsi >= cosCap && siteInView(sampler, k, j * skip.stepS, cosAlpha, sinAlpha, cosU, sinU))) {
        if (runStart < 0) runStart = j;
      } else {
        if (runStart >= 0) runs.push(runStart, j);
        runStart = -1;
        // (sin x, cos x) cos d; angles compared by the sines of their differences.
        const sinX = sinU * alongNode - cosU * alongInPlane;
        const leaving =
          sinX > 0 ? sinX * cosCap - cosPsi * sinCap > 0 || (cosPsi < cosCap && sinX * cosDepartureMin - cosPsi * sinDepartureMin >= 0) : -sinX * cosLead - cosPsi * sinLead > 0;
        if (leaving && sinX > 0 && (last - j) * skip.inPlaneStepRad < Math.PI - capRad) {
          // Past the site, x <= pi: the next approach is at least pi - cap away, beyond the window.
          steps = last - j + 1;
        } else if (leaving) {
          const x = Math.atan2(sinX, cosPsi);
          const gapRad = (x > 0 ? 2 * Math.PI - x : -x) - capRad;
          steps += gapClosedAfterSteps(skip, gapRad, sinInclination * across + cosInclination * sz, alongNode, alongInPlane);
        }
      }
      j += steps;
      if (j > last) break;
      if (4 * steps < stepTurns.length && turns < WALK_TURNS_MAX) {
        const cosTurned = cosAlpha * stepTurns[4 * steps]! - sinAlpha * stepTurns[4 * steps + 1]!;
        sinAlpha = sinAlpha * stepTurns[4 * steps]! + cosAlpha * stepTurns[4 * steps + 1]!;
        cosAlpha = cosTurned;
        const cosUTurned = cosU * stepTurns[4 * steps + 2]! - sinU * stepTurns[4 * steps + 3]!;
        sinU = sinU * stepTurns[4 * steps + 2]! + cosU * stepTurns[4 * steps + 3]!;
        cosU = cosUTurned;
        turns++;
      } else {
        takeTrigAfresh(skip, j);
        cosAlpha = trig[1]!;
        sinAlpha = trig[2]!;
        cosU = trig[4]!;
        sinU = trig[5]!;
        turns = 0;
      }
    }
    if (runStart >= 0) runs.push(runStart, last + 1);
  }
  return runs;
}

/**
 * A sample at or before the first at which a site can see the spacecraft in a
 * window entered at `enterS` through `arc`: before the entry the site is out of the
 * band; from it, the along-orbit bound (`gapClosedAfterS`) from the site's angle and
 * closing rate on entering the arc (`PlaneWindows.entryGeometry`) and the spacecraft's
 * u = n t, less a sample for rounding; 0 when the entry is unknown or the spacecraft
 * is within the cap's angle along the orbit already.
 */
function firstApproachSample(skip: ContactSkip, enterS: number, arc: number, entryGeometry: Float64Array): number {
  if (!(enterS >= 0)) return 0;
  const ahead = wrapTo(entryGeometry[2 * arc]! - argumentOfLatitudeRad(skip.sampler, enterS), 2 * Math.PI);
  if (ahead <= skip.capRad || 2 * Math.PI - ahead <= skip.capRad) return 0;
  const quietS = Math.min(gapClosedAfterS(skip, ahead - skip.capRad, entryGeometry[2 * arc + 1]!), skip.inPlaneStepsMax * skip.stepS);
  return Math.floor((enterS + quietS) / skip.stepS) - 1;
}

/** alpha's and u's cosines and sines at sample j, afresh, into `trig` (1 and 2, 4 and 5). */
function takeTrigAfresh(skip: ContactSkip, j: number): void {
  const { sampler } = skip;
  const tS = j * skip.stepS;
  const alpha = nodeLongitudeRad(sampler, tS);
  const u = argumentOfLatitudeRad(sampler, tS);
  sampler.trig[1] = Math.cos(alpha);
  sampler.trig[2] = Math.sin(alpha);
  sampler.trig[4] = Math.cos(u);
  sampler.trig[5] = Math.sin(u);
}

/**
 * The cosines and sines of m alpha' stepS and m n stepS, 4 per m, for m = 0 to the
 * longest jump along the orbit (`inPlaneStepsMax` + 1) or `STEP_TURNS_MAX`.
 */
function stepTurnTable(inPlaneStepsMax: number, alphaRateRadPerS: number, meanMotionRadPerS: number, stepS: number): Float64Array {
  const longest = Math.min(Math.floor(inPlaneStepsMax) + 1, STEP_TURNS_MAX);
  const table = new Float64Array(4 * (longest + 1));
  for (let m = 0; m <= longest; m++) {
    table[4 * m] = Math.cos(m * alphaRateRadPerS * stepS);
    table[4 * m + 1] = Math.sin(m * alphaRateRadPerS * stepS);
    table[4 * m + 2] = Math.cos(m * meanMotionRadPerS * stepS);
    table[4 * m + 3] = Math.sin(m * meanMotionRadPerS * stepS);
  }
  return table;
}

/**
 * The screened elevation test of site k alone at time t, from alpha's and u's
 * cosines and sines (`screenedMask`'s position); the exact test decides within
 * `SCREEN_MARGIN_M` of the mask.
 */
function siteInView(s: ContactSampler, k: number, tS: number, cosAlpha: number, sinAlpha: number, cosU: number, sinU: number): boolean {
  const { position } = s;
  circularOrbitPositionFromTrigEqjM(s.semiMajorAxisM, s.cosInclination, s.sinInclination, cosAlpha, sinAlpha, cosU, sinU, position);
  const margin = elevationMarginM(position[0]!, position[1]!, position[2]!, s.siteEcef, 6 * k, s.sinMask);
  if (Math.abs(margin) < SCREEN_MARGIN_M) return ((exactMask(s, tS) >>> k) & 1) === 1;
  return margin > 0;
}
