/*
 * Contact series as runs of equal masks: the types, a builder, and the merge of
 * each site's runs into a series.
 */

/** Most ground stations one contact series tracks (one bit each in a Uint32 mask). */
export const MAX_GROUND_STATIONS = 31;

/**
 * A contact series as runs of equal masks: run r covers the samples from
 * `runStarts[r]` up to the next run's start (or `count`), and neighbouring
 * runs have different masks. A year at 60 s is 525,600 samples and a few
 * thousand runs, so statistics walk the runs.
 */
export interface ContactRuns {
  /** Sample spacing, s. */
  readonly stepS: number;
  /** Number of samples. */
  readonly count: number;
  /** First sample of each run, ascending from 0. */
  readonly runStarts: Uint32Array;
  /** Mask of each run: bit k set when site k sees the spacecraft above the mask. */
  readonly runMasks: Uint32Array;
}

/** Which sites see the orbit at each sample. */
export interface ContactSeries extends ContactRuns {
  /** Bit k of sample j is set when site k sees the spacecraft above the mask at t = j stepS (expanded from the runs on first read). */
  readonly visibleMasks: Uint32Array;
}

/** Collects the masks of a series in time order as runs; samples never set are 0. */
export class ContactRunsBuilder {
  private starts = new Uint32Array(256);
  private masks = new Uint32Array(256);
  private length = 0;
  private current = -1;

  /** Sets the mask of sample j, later than every sample set before; the samples in between keep the mask before them. */
  set(j: number, mask: number): void {
    if (mask === this.current) return;
    if (this.length === this.starts.length) {
      const starts = new Uint32Array(2 * this.length);
      const masks = new Uint32Array(2 * this.length);
      starts.set(this.starts);
      masks.set(this.masks);
      this.starts = starts;
      this.masks = masks;
    }
    this.starts[this.length] = j;
    this.masks[this.length++] = mask;
    this.current = mask;
  }

  build(stepS: number, count: number): ContactSeries {
    // A series starts with a run at sample 0 (of zeros when nothing was set there).
    if (this.length > 0 && this.masks[0] === 0) this.starts[0] = 0;
    const lead = this.length === 0 || this.starts[0] !== 0 ? 1 : 0;
    const runStarts = new Uint32Array(lead + this.length);
    const runMasks = new Uint32Array(lead + this.length);
    runStarts.set(this.starts.subarray(0, this.length), lead);
    runMasks.set(this.masks.subarray(0, this.length), lead);
    return contactSeriesFromRuns(stepS, count, runStarts, runMasks);
  }
}

/** A contact series from its runs, with the per-sample masks expanded on first read. */
export function contactSeriesFromRuns(stepS: number, count: number, runStarts: Uint32Array, runMasks: Uint32Array): ContactSeries {
  let visibleMasks: Uint32Array | undefined;
  return {
    stepS,
    count,
    runStarts,
    runMasks,
    get visibleMasks() {
      if (!visibleMasks) {
        visibleMasks = new Uint32Array(count);
        for (let r = 0; r < runMasks.length; r++) {
          const mask = runMasks[r]!;
          if (mask !== 0) visibleMasks.fill(mask, runStarts[r]!, r + 1 < runMasks.length ? runStarts[r + 1]! : count);
        }
      }
      return visibleMasks;
    },
  };
}

/**
 * A contact series from per-sample masks (a hand-made series, or the
 * exhaustive path's check).
 * @param stepS sample spacing, s
 * @param visibleMasks bit k of sample j set when site k sees the spacecraft
 */
export function contactSeriesFromMasks(stepS: number, visibleMasks: Uint32Array): ContactSeries {
  const runs = new ContactRunsBuilder();
  for (let j = 0; j < visibleMasks.length; j++) runs.set(j, visibleMasks[j]!);
  return runs.build(stepS, Math.max(1, visibleMasks.length));
}

/**
 * Merges each site's runs in view (first sample, sample after the last; flat, in
 * time order) into the runs of equal masks of a series: a walk of the sites'
 * boundaries in time order, each flipping its site's bit.
 */
export function mergeSiteRuns(siteRuns: readonly number[][], stepS: number, count: number): ContactSeries {
  const siteCount = siteRuns.length;
  let boundaries = 0;
  for (const edges of siteRuns) boundaries += edges.length;
  // A leading run of zeros, replaced when a boundary falls on sample 0.
  const runStarts = new Uint32Array(boundaries + 1);
  const runMasks = new Uint32Array(boundaries + 1);
  let runs = 1;
  const next = new Int32Array(siteCount);
  // Each site's next boundary (Infinity: none left).
  const pending = new Float64Array(siteCount);
  for (let k = 0; k < siteCount; k++) pending[k] = siteRuns[k]!.length > 0 ? siteRuns[k]![0]! : Infinity;
  let mask = 0;
  for (;;) {
    let boundary = pending[0]!;
    for (let k = 1; k < siteCount; k++) if (pending[k]! < boundary) boundary = pending[k]!;
    if (!(boundary < count)) break;
    for (let k = 0; k < siteCount; k++) {
      if (pending[k] !== boundary) continue;
      mask ^= 1 << k;
      const edges = siteRuns[k]!;
      const i = ++next[k]!;
      pending[k] = i < edges.length ? edges[i]! : Infinity;
    }
    if (boundary === 0) runMasks[0] = mask;
    else {
      runStarts[runs] = boundary;
      runMasks[runs++] = mask;
    }
  }
  return contactSeriesFromRuns(stepS, count, runStarts.subarray(0, runs), runMasks.subarray(0, runs));
}
