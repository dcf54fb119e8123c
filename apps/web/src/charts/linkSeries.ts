import { BPS_PER_TBPS, linksSeries, SECONDS_PER_MINUTE, type LinksEvaluation } from '@solstice/core';

/**
 * The cluster network over one orbit for the chart: the series the evaluation's
 * links block was summarised from (`linksSeries`: the same network run, not a
 * second one), in display units.
 * @returns time since the lattice epoch in minutes, weakest link and bisection bandwidth in Tbps
 */
export function linkCapacityOverOrbit(links: LinksEvaluation): [number[], number[], number[]] {
  const series = linksSeries(links);
  return [
    Array.from(series.timesS, (t) => t / SECONDS_PER_MINUTE),
    Array.from(series.weakestLinkBps, (c) => c / BPS_PER_TBPS),
    Array.from(series.bisectionBandwidthBps, (c) => c / BPS_PER_TBPS),
  ];
}
