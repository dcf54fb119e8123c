import suncatcher from '../../../seeds/suncatcher.json' with { type: 'json' };
import table1 from '../../../seeds/table1.json' with { type: 'json' };

/** One sourced reference figure from `seeds/`. */
export interface SeedFigure {
  /** What the figure measures, in words. */
  readonly quantity: string;
  /** The figure, in `unit`. */
  readonly value: number;
  /** Unit of `value` as written in the source. */
  readonly unit: string;
  /** Where the figure comes from (paper section, table, report). */
  readonly source: string;
  /** True where the figure is computed from the paper's own inputs. */
  readonly derived?: boolean;
}

/** Every figure of `seeds/suncatcher.json`, keyed by id (`"launch.referencePrice"`). */
export const SUNCATCHER_FIGURES: Readonly<Record<string, SeedFigure>> = suncatcher.figures;

/** The sources cited by key in `SUNCATCHER_FIGURES` ("P", "B"). */
export const SUNCATCHER_SOURCES: Readonly<Record<string, string>> = suncatcher.sources;

/** A row of the paper's Table 1 (launched power price). */
export interface Table1Row {
  readonly satellite: string;
  readonly massKg: number;
  readonly powerKw: number;
  readonly lifetimeYears: number;
  readonly usdPerKwYearAt3600: number;
  readonly usdPerKwYearAt200: number;
}

/** The paper's Table 1, with its source. */
export const TABLE1: { readonly source: string; readonly rows: readonly Table1Row[] } = table1;

/**
 * The value of a seeded figure, in the seed's own unit.
 * @throws RangeError naming the id when no such figure is seeded
 */
export function seedValue(id: string): number {
  const figure = SUNCATCHER_FIGURES[id];
  if (!figure) throw new RangeError(`no seeded figure "${id}" in seeds/suncatcher.json`);
  return figure.value;
}
