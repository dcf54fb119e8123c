/** One point of a cumulative-launched-mass trajectory. */
export interface CumulativeMassPoint {
  /** Calendar year (fractional years allowed). */
  readonly year: number;
  /** Cumulative mass launched to orbit by then, kg. */
  readonly cumulativeMassKg: number;
}

/**
 * Cumulative mass launched by a given year, from a table of points sorted by
 * year: interpolated geometrically (log-linear) between points, because
 * launch cadence grows roughly exponentially between eras; held at the first
 * point before it; after the last point, extended linearly at the last
 * segment's average annual mass (a mature launch rate stops compounding).
 * @param table at least one point, years strictly increasing, masses > 0
 * @param year calendar year
 * @returns cumulative mass, kg
 */
export function cumulativeMassKgInYear(table: readonly CumulativeMassPoint[], year: number): number {
  const first = table[0];
  if (!first) throw new RangeError('cumulative mass table must have at least one point');
  if (year <= first.year) return first.cumulativeMassKg;
  for (let k = 1; k < table.length; k++) {
    const previous = table[k - 1]!;
    const next = table[k]!;
    if (year <= next.year) {
      const fraction = (year - previous.year) / (next.year - previous.year);
      return previous.cumulativeMassKg * (next.cumulativeMassKg / previous.cumulativeMassKg) ** fraction;
    }
  }
  const last = table[table.length - 1]!;
  const beforeLast = table[table.length - 2];
  const annualMassKg = beforeLast
    ? (last.cumulativeMassKg - beforeLast.cumulativeMassKg) / (last.year - beforeLast.year)
    : 0;
  return last.cumulativeMassKg + annualMassKg * (year - last.year);
}

/**
 * A cadence of constant annual launched mass from a start point: cumulative
 * mass M0 + m (year - year0), as a two-point table (extended linearly after
 * the second point by `cumulativeMassKgInYear`).
 * @param startYear calendar year of the start point
 * @param startCumulativeMassKg cumulative mass launched at the start, kg (> 0)
 * @param annualMassKg mass launched each year from then on, kg/year (>= 0)
 */
export function constantCadenceTable(
  startYear: number,
  startCumulativeMassKg: number,
  annualMassKg: number,
): CumulativeMassPoint[] {
  return [
    { year: startYear, cumulativeMassKg: startCumulativeMassKg },
    { year: startYear + 1, cumulativeMassKg: startCumulativeMassKg + annualMassKg },
  ];
}
