import { SECONDS_PER_DAY } from '../constants.ts';
import type { ContactSeries } from './groundContact.ts';

/**
 * Site diversity with independent weather: the probability that at least one
 * of the sites in view has a cloud-free line of sight, 1 - prod(1 - p_k)
 * (Lund 1973, J. Appl. Meteor. 12, 1040, for uncorrelated sites; IOAG Optical
 * Link Study Group final report 2012, section 3.4.4). Correlated weather
 * (neighbouring sites) gives less.
 * @param clearSkyProbabilities p_k of each site in view, 0 to 1
 */
export function siteDiversityAvailability(clearSkyProbabilities: readonly number[]): number {
  let allCloudy = 1;
  for (const p of clearSkyProbabilities) allCloudy *= 1 - p;
  return 1 - allCloudy;
}

/**
 * Expected links a spacecraft holds when `terminals` space terminals can each
 * serve one clear site in view: E[min(T, N)] with N the number of clear sites,
 * a Poisson-binomial variable built by the recurrence
 * P_k(n) = P_{k-1}(n) (1 - p_k) + P_{k-1}(n - 1) p_k.
 * @param clearSkyProbabilities p_k of each site in view
 * @param terminals space terminals, >= 1
 */
export function expectedUsableLinks(clearSkyProbabilities: readonly number[], terminals: number): number {
  let distribution = [1];
  for (const p of clearSkyProbabilities) {
    const next = new Array<number>(distribution.length + 1).fill(0);
    distribution.forEach((probability, n) => {
      next[n]! += probability * (1 - p);
      next[n + 1]! += probability * p;
    });
    distribution = next;
  }
  let expected = 0;
  distribution.forEach((probability, n) => {
    expected += probability * Math.min(terminals, n);
  });
  return expected;
}

/** The ground contact of an orbit, averaged over a contact series. */
export interface ContactStatistics {
  /** Fraction of time at least one site is in view above the mask. */
  readonly contactFraction: number;
  /** Fraction of time each site is in view. */
  readonly siteContactFractions: readonly number[];
  /** Longest single pass over each site, s. */
  readonly siteLongestPassS: readonly number[];
  /** Fraction of time at least one site in view is clear (independent weather), 0 to 1. */
  readonly availability: number;
  /** Time-averaged links held, E[min(terminals, clear sites in view)]. */
  readonly meanLinks: number;
  /** Longest stretch with no site in view (clear sky assumed), s. */
  readonly longestGapS: number;
  /** Contacts begun per day (any site), 1/d. */
  readonly contactsPerDay: number;
}

/**
 * Averages a contact series: geometry from the masks, weather through
 * `siteDiversityAvailability` and `expectedUsableLinks` at each sample.
 * Weather is taken as independent of the geometry and between sites; the
 * averages do not depend on how it is correlated in time, the gaps do.
 * @param clearSkyProbabilities one per site, in the series' bit order
 * @param terminals space terminals that can each hold one link
 */
export function contactStatistics(series: ContactSeries, clearSkyProbabilities: readonly number[], terminals: number): ContactStatistics {
  const siteCount = clearSkyProbabilities.length;
  const byMask = new Map<number, { availability: number; links: number }>();
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
  for (let j = 0; j < series.count; j++) {
    const mask = series.visibleMasks[j]!;
    if (mask === 0) {
      gapRun++;
      if (gapRun > longestGapRun) longestGapRun = gapRun;
    } else {
      gapRun = 0;
      inContact++;
      if (previousMask === 0) contacts++;
      let figures = byMask.get(mask);
      if (!figures) {
        const inView = clearSkyProbabilities.filter((_, k) => (mask >>> k) & 1);
        figures = { availability: siteDiversityAvailability(inView), links: expectedUsableLinks(inView, terminals) };
        byMask.set(mask, figures);
      }
      availabilitySum += figures.availability;
      linksSum += figures.links;
    }
    for (let k = 0; k < siteCount; k++) {
      if ((mask >>> k) & 1) {
        siteSamples[k]!++;
        siteRun[k]!++;
        if (siteRun[k]! > siteLongestRun[k]!) siteLongestRun[k] = siteRun[k]!;
      } else siteRun[k] = 0;
    }
    previousMask = mask;
  }
  const durationS = series.count * series.stepS;
  return {
    contactFraction: inContact / series.count,
    siteContactFractions: siteSamples.map((n) => n / series.count),
    siteLongestPassS: siteLongestRun.map((n) => n * series.stepS),
    availability: availabilitySum / series.count,
    meanLinks: linksSum / series.count,
    longestGapS: longestGapRun * series.stepS,
    contactsPerDay: (contacts * SECONDS_PER_DAY) / durationS,
  };
}
