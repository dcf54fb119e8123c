import { describe, expect, it } from 'vitest';
import { contactStatistics, expectedUsableLinks, siteDiversityAvailability } from './contactStatistics.ts';
import { contactSeriesFromMasks } from './contactSeries.ts';
import { stationContactSeries } from './groundContact.ts';
import type { GroundSite } from './visibility.ts';
import { circularSemiMajorAxisM } from '../orbit/circularOrbit.ts';
import { sunSynchronousInclinationRad } from '../orbit/sunSynchronous.ts';
import { degToRad } from '../math.ts';

/**
 * The statistics by a walk of every sample (the implementation before the
 * runs, kept as the reference): the run walk must give the same numbers.
 */
function perSampleStatistics(visibleMasks: Uint32Array, stepS: number, p: readonly number[], terminals: number) {
  const siteCount = p.length;
  const siteSamples = new Array<number>(siteCount).fill(0);
  const siteRun = new Array<number>(siteCount).fill(0);
  const siteLongestRun = new Array<number>(siteCount).fill(0);
  let inContact = 0;
  let availabilitySum = 0;
  let linksSum = 0;
  let gapRun = 0;
  let longestGapRun = 0;
  let contacts = 0;
  let previousMask = 0;
  for (const mask of visibleMasks) {
    if (mask === 0) {
      gapRun++;
      longestGapRun = Math.max(longestGapRun, gapRun);
    } else {
      gapRun = 0;
      inContact++;
      if (previousMask === 0) contacts++;
      const inView = p.filter((_, k) => (mask >>> k) & 1);
      availabilitySum += siteDiversityAvailability(inView);
      linksSum += expectedUsableLinks(inView, terminals);
    }
    for (let k = 0; k < siteCount; k++) {
      if ((mask >>> k) & 1) {
        siteSamples[k]!++;
        siteRun[k]!++;
        siteLongestRun[k] = Math.max(siteLongestRun[k]!, siteRun[k]!);
      } else siteRun[k] = 0;
    }
    previousMask = mask;
  }
  const count = visibleMasks.length;
  return {
    contactFraction: inContact / count,
    siteContactFractions: siteSamples.map((n) => n / count),
    siteLongestPassS: siteLongestRun.map((n) => n * stepS),
    availability: availabilitySum / count,
    meanLinks: linksSum / count,
    longestGapS: longestGapRun * stepS,
    contactsPerDay: (contacts * 86_400) / (count * stepS),
  };
}

/** OCTL Table Mountain, Izana, Paranal, Svalbard and an equatorial site, rad. */
const SITES: readonly GroundSite[] = [
  [34.3817, -117.6827],
  [28.2993, -16.5122],
  [-24.6275, -70.4044],
  [78.23, 15.39],
  [0.5, 103.8],
].map(([latitudeDeg, longitudeDeg]) => ({ latitudeRad: degToRad(latitudeDeg!), longitudeRad: degToRad(longitudeDeg!) }));

/** E[min(T, N)] by enumerating every clear/cloudy combination: the second method for the recurrence. */
function enumeratedLinks(p: readonly number[], terminals: number): number {
  let expected = 0;
  for (let combination = 0; combination < 1 << p.length; combination++) {
    let probability = 1;
    let clear = 0;
    p.forEach((pk, k) => {
      const isClear = (combination >>> k) & 1;
      probability *= isClear ? pk : 1 - pk;
      clear += isClear;
    });
    expected += probability * Math.min(terminals, clear);
  }
  return expected;
}

describe('site diversity', () => {
  it('gives 1 - 0.34 x 0.374 x 0.4 = 0.949 for the three default sites all in view', () => {
    expect(siteDiversityAvailability([0.66, 0.626, 0.6])).toBeCloseTo(1 - 0.34 * 0.374 * 0.4, 12);
    expect(siteDiversityAvailability([])).toBe(0);
  });

  it('matches enumeration of every weather combination for E[min(terminals, clear sites)]', () => {
    const p = [0.66, 0.626, 0.6, 0.45, 0.9];
    for (const terminals of [1, 2, 3, 5, 8]) expect(expectedUsableLinks(p, terminals)).toBeCloseTo(enumeratedLinks(p, terminals), 12);
    // One terminal holds a link whenever any site is clear: the diversity availability.
    expect(expectedUsableLinks(p, 1)).toBeCloseTo(siteDiversityAvailability(p), 12);
    // Terminals for every site: the sum of the clear probabilities.
    expect(expectedUsableLinks(p, 5)).toBeCloseTo(p.reduce((a, b) => a + b), 12);
  });
});

describe('contact statistics of a series', () => {
  it('counts contact, passes, gaps and weather from the visibility masks', () => {
    // 10 samples of 60 s: site 0 sees samples 1-3, site 1 sees 3-4, nothing sees 5-9.
    const visibleMasks = Uint32Array.from([0, 1, 1, 3, 2, 0, 0, 0, 0, 0]);
    const statistics = contactStatistics(contactSeriesFromMasks(60, visibleMasks), [0.5, 0.8], 1);
    expect(statistics.contactFraction).toBe(0.4);
    expect(statistics.siteContactFractions).toEqual([0.3, 0.2]);
    expect(statistics.siteLongestPassS).toEqual([180, 120]);
    expect(statistics.longestGapS).toBe(300);
    expect(statistics.contactsPerDay).toBeCloseTo(86_400 / 600, 9);
    expect(statistics.availability).toBeCloseTo((0.5 + 0.5 + (1 - 0.5 * 0.2) + 0.8) / 10, 12);
  });
});

describe('contact statistics from runs against a walk of every sample', () => {
  it.each([
    [500, 20, 3, 1, 1],
    [650, 20, 3, 2, 1],
    [400, 5, 5, 3, 1],
    [1_200, 45, 2, 1, 1],
    [800, 10, 5, 2, 6],
  ])('%i km, %i deg mask, %i sites, %i terminals, %i spacecraft: the same figures to the last bit', (altitudeKm, maskDeg, siteCount, terminals, phaseCount) => {
    const a = circularSemiMajorAxisM(altitudeKm * 1_000);
    const series = stationContactSeries({
      semiMajorAxisM: a,
      inclinationRad: sunSynchronousInclinationRad(a),
      ltanHours: 10.5,
      epochUnixS: Date.UTC(2035, 0, 1) / 1_000,
      durationS: 60 * 86_400,
      stepS: 60,
      sites: SITES.slice(0, siteCount),
      elevationMaskRad: degToRad(maskDeg),
      phaseCount,
    });
    const p = [0.66, 0.626, 0.6, 0.3, 0.45].slice(0, siteCount);
    const statistics = contactStatistics(series, p, terminals);
    expect(statistics.contactFraction).toBeGreaterThan(0);
    expect(statistics).toEqual(perSampleStatistics(series.visibleMasks, 60, p, terminals));
  });

  it('reads a series that starts in contact and ends in contact', () => {
    const visibleMasks = Uint32Array.from([3, 3, 1, 0, 0, 2, 2]);
    const p = [0.4, 0.7];
    expect(contactStatistics(contactSeriesFromMasks(30, visibleMasks), p, 2)).toEqual(perSampleStatistics(visibleMasks, 30, p, 2));
  });
});
