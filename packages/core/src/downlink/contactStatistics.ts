import { SECONDS_PER_DAY } from '../constants.ts';
import type { ContactRuns } from './contactSeries.ts';

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
 * `siteDiversityAvailability` and `expectedUsableLinks` for each mask seen.
 * Weather is taken as independent of the geometry and between sites; the
 * averages do not depend on how it is correlated in time, the gaps do.
 * Works on the runs of equal masks (O(runs x sites), a few thousand runs for a
 * year at 60 s), adding the weather figures sample by sample in time order.
 * @param series the runs of a contact series (`stationContactSeries`, `contactSeriesFromMasks`)
 * @param clearSkyProbabilities one per site, in the series' bit order
 * @param terminals space terminals that can each hold one link
 */
export function contactStatistics(series: ContactRuns, clearSkyProbabilities: readonly number[], terminals: number): ContactStatistics {
  const siteCount = clearSkyProbabilities.length;
  const { runStarts, runMasks, count } = series;
  const figuresByMask = new MaskFigures(clearSkyProbabilities, terminals);
  const siteSamples = new Array<number>(siteCount).fill(0);
  const siteRun = new Array<number>(siteCount).fill(0);
  const siteLongestRun = new Array<number>(siteCount).fill(0);
  let inContact = 0;
  let availabilitySum = 0;
  let linksSum = 0;
  let longestGapRun = 0;
  let contacts = 0;
  let previousMask = 0;
  const runCount = runMasks.length;
  for (let r = 0; r < runCount; r++) {
    const mask = runMasks[r]!;
    const length = (r + 1 < runCount ? runStarts[r + 1]! : count) - runStarts[r]!;
    if (mask === 0) {
      // Adjacent runs differ: a run of zeros is a whole gap.
      if (length > longestGapRun) longestGapRun = length;
    } else {
      inContact += length;
      if (previousMask === 0) contacts++;
      const slot = figuresByMask.slot(mask);
      const availability = figuresByMask.availability[slot]!;
      const links = figuresByMask.links[slot]!;
      // Sample by sample, as a walk of the samples adds them (same rounding).
      for (let j = 0; j < length; j++) {
        availabilitySum += availability;
        linksSum += links;
      }
    }
    for (let k = 0; k < siteCount; k++) {
      if ((mask >>> k) & 1) {
        siteSamples[k]! += length;
        siteRun[k]! += length;
        if (siteRun[k]! > siteLongestRun[k]!) siteLongestRun[k] = siteRun[k]!;
      } else siteRun[k] = 0;
    }
    previousMask = mask;
  }
  const durationS = count * series.stepS;
  return {
    contactFraction: inContact / count,
    siteContactFractions: siteSamples.map((n) => n / count),
    siteLongestPassS: siteLongestRun.map((n) => n * series.stepS),
    availability: availabilitySum / count,
    meanLinks: linksSum / count,
    longestGapS: longestGapRun * series.stepS,
    contactsPerDay: (contacts * SECONDS_PER_DAY) / durationS,
  };
}

/** Sites up to which the weather figures of every mask sit in a table indexed by mask (2^12 slots); beyond, a map. */
const MASK_TABLE_MAX_SITES = 12;

/** The weather figures of each mask seen, computed once per mask. */
class MaskFigures {
  readonly availability: number[] = [];
  readonly links: number[] = [];
  /** Slot by mask (-1: not yet computed) up to `MASK_TABLE_MAX_SITES` sites; beyond, `slotByLargeMask`. */
  private readonly slotByMask: Int32Array | undefined;
  private readonly slotByLargeMask = new Map<number, number>();

  constructor(
    private readonly clearSkyProbabilities: readonly number[],
    private readonly terminals: number,
  ) {
    this.slotByMask = clearSkyProbabilities.length <= MASK_TABLE_MAX_SITES ? new Int32Array(1 << clearSkyProbabilities.length).fill(-1) : undefined;
  }

  /** Index of the mask's figures in `availability` and `links`. */
  slot(mask: number): number {
    const table = this.slotByMask;
    // Bits beyond the sites given carry no weather figures (the table is indexed by the sites' bits).
    const key = table ? mask & (table.length - 1) : mask;
    const known = table ? table[key]! : (this.slotByLargeMask.get(key) ?? -1);
    if (known >= 0) return known;
    const inView = this.clearSkyProbabilities.filter((_, k) => (mask >>> k) & 1);
    const slot = this.availability.length;
    this.availability.push(siteDiversityAvailability(inView));
    this.links.push(expectedUsableLinks(inView, this.terminals));
    if (table) table[key] = slot;
    else this.slotByLargeMask.set(key, slot);
    return slot;
  }
}
