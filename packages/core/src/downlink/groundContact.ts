import { ContactRunsBuilder, MAX_GROUND_STATIONS, type ContactSeries } from './contactSeries.ts';
import { contactSampler, contactSkip, exactMask, gapClosedAfterSteps, nodeLongitudeRad, screenedMask, wrapTo, type ContactSeriesInput, type ContactSkip } from './contactGeometry.ts';
import { passWalk, sitePassesSeries } from './sitePasses.ts';

/**
 * Samples which ground sites see a circular sun-synchronous orbit. The node is
 * `ascendingNodeRad` (the scenario's LTAN at the epoch, drifting at the J2
 * rate), the spacecraft moves at the mean motion from the node at the epoch,
 * and Earth turns at `EARTH_ROTATION_RAD_PER_S` from the Greenwich sidereal
 * angle of the epoch (satellite.js `gstime`, IAU-82). The orbit frame is J2000
 * and the sidereal angle refers to the equinox of date: the 0.5 deg of
 * precession by 2035 shifts the ground track in longitude only, which averages out.
 *
 * Samples at which no site can be in view are skipped, by bounds on the
 * visibility cap (`visibilityCapBoundRad`), none of which can skip a sample in view:
 * a site farther from the orbit plane than the cap is out of view for every
 * spacecraft of the orbit (closed-form windows, `planeWindows`); near the plane,
 * the spacecraft just behind a site (any of a relay's) stays out until it has
 * closed the site's angle along the orbit to the cap, at most at
 * n + (omega_E + |dOmega/dt|) (|cos i| + tan(d_max) sin i) (or by the second-order
 * bound on that rate). One spacecraft is followed site by site (`sitePasses`): a
 * pass's samples are walked, those within an inner cap
 * (`visibilityInnerCapRad`) in view without a test, and from the pass's end the site is out
 * until the next approach. The elevation test of the remaining samples is screened on
 * positions from the node's Earth-fixed longitude and defers to the exact test within
 * 1 m of the mask. `exhaustive` tests every sample exactly, with the same result; the
 * series comes back as runs of equal masks.
 */
export function stationContactSeries(input: ContactSeriesInput): ContactSeries {
  const { durationS, stepS, sites } = input;
  if (sites.length > MAX_GROUND_STATIONS) throw new RangeError(`sites: ${sites.length} given, at most ${MAX_GROUND_STATIONS}`);
  const count = Math.max(1, Math.floor(durationS / stepS));
  const sampler = contactSampler(input);
  const skipping = !input.exhaustive && sites.length > 0;
  const skip = skipping ? contactSkip(input, sampler, count) : undefined;
  const walk = skip && passWalk(input, skip);
  if (walk) return sitePassesSeries(walk);
  const runs = new ContactRunsBuilder();
  let mask = 0;
  for (let j = 0; j < count; j++) {
    const tS = j * stepS;
    // After a sample in view the next is tested outright: it is most likely in view too.
    if (skip && mask === 0) {
      const outUntil = skipUntil(skip, j, tS);
      if (outUntil > j) {
        runs.set(j, 0);
        j = outUntil - 1;
        continue;
      }
    }
    mask = skipping ? screenedMask(sampler, j, tS) : exactMask(sampler, tS);
    runs.set(j, mask);
  }
  return runs.build(stepS, count);
}

/**
 * The skip of `stationContactSeries`: for sample j at time t, the first sample
 * at or after j at which some site may see a spacecraft (j when it may at j), the
 * least of the bounds of the plane windows, the along-orbit gap and one spacecraft's
 * distance. Reads the samples in increasing order.
 */
function skipUntil(skip: ContactSkip, j: number, tS: number): number {
  let outUntil = outOfPlaneUntil(skip, j);
  if (skip.nearPlane === 0) return outUntil;
  outUntil = alongOrbitUntil(skip, j, tS, outUntil);
  return skip.inBand === 0 ? outUntil : j;
}

/**
 * Sites outside their plane window are out of view of every spacecraft until it
 * opens (`planeWindows`); the others are listed in `nearPlaneSites`.
 * @returns the earliest window opening after j (`count` when none)
 */
function outOfPlaneUntil(skip: ContactSkip, j: number): number {
  const { windowIndex, nearPlaneSites } = skip;
  const windows = skip.planes.spans;
  let outUntil = skip.count;
  let nearPlane = 0;
  for (let k = 0; k < windows.length; k++) {
    const siteWindows = windows[k]!;
    let w = windowIndex[k]!;
    while (w < siteWindows.length && siteWindows[w + 1]! < j) w += 2;
    windowIndex[k] = w;
    if (w >= siteWindows.length) continue;
    if (siteWindows[w]! > j) outUntil = Math.min(outUntil, siteWindows[w]!);
    else nearPlaneSites[nearPlane++] = k;
  }
  skip.nearPlane = nearPlane;
  return outUntil;
}

/**
 * The near-plane sites farther than the cap, along the orbit, from the spacecraft
 * just behind them stay out until it has closed the gap (`gapClosedAfterSteps`); the
 * others are listed in `siteInPlane`. Leaves alpha's trig in `sampler.trig`.
 * The orbit frame, Earth-fixed: node direction N = (cos alpha, sin alpha, 0), in-plane
 * normal to it M = (-cos i sin alpha, cos i cos alpha, sin i): r = a (cos u N + sin u M)
 * (Vallado Eq. 2-102).
 * @returns `outUntil` lowered by those bounds
 */
function alongOrbitUntil(skip: ContactSkip, j: number, tS: number, outUntil: number): number {
  const { sampler, siteDirections, nearPlaneSites, siteInPlane, capRad, inPlaneStepRad } = skip;
  const { cosInclination, sinInclination, phaseStepRad, trig } = sampler;
  const alpha = nodeLongitudeRad(sampler, tS);
  const cosAlpha = Math.cos(alpha);
  const sinAlpha = Math.sin(alpha);
  trig[0] = j;
  trig[1] = cosAlpha;
  trig[2] = sinAlpha;
  const trailing = wrapTo(sampler.meanMotionRadPerS * tS, phaseStepRad);
  let inBand = 0;
  for (let q = 0; q < skip.nearPlane; q++) {
    const k = nearPlaneSites[q]!;
    const sx = siteDirections[3 * k]!;
    const sy = siteDirections[3 * k + 1]!;
    const sz = siteDirections[3 * k + 2]!;
    const across = sx * sinAlpha - sy * cosAlpha;
    const alongNode = sx * cosAlpha + sy * sinAlpha;
    const alongInPlane = sinInclination * sz - cosInclination * across;
    // The site's angle along the orbit, ahead of the spacecraft just behind it.
    const ahead = inPlaneStepRad > 0 ? wrapTo(Math.atan2(alongInPlane, alongNode) - trailing, phaseStepRad) : 0;
    if (ahead > capRad && phaseStepRad - ahead > capRad) {
      const planeSine = sinInclination * across + cosInclination * sz;
      outUntil = Math.min(outUntil, j + 1 + gapClosedAfterSteps(skip, ahead - capRad, planeSine, alongNode, alongInPlane));
    } else {
      // Within the cap's angle along the orbit of a spacecraft: its samples are tested.
      siteInPlane[3 * inBand] = alongNode;
      siteInPlane[3 * inBand + 1] = alongInPlane;
      siteInPlane[3 * inBand + 2] = ahead;
      inBand++;
    }
  }
  skip.inBand = inBand;
  return outUntil;
}
