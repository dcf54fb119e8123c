import suncatcher from '../../../seeds/suncatcher.json' with { type: 'json' };
import table1 from '../../../seeds/table1.json' with { type: 'json' };
import chipFile from '../../../seeds/chips.json' with { type: 'json' };
import satelliteFile from '../../../seeds/satellite.json' with { type: 'json' };
import podFile from '../../../seeds/pods.json' with { type: 'json' };
import costFile from '../../../seeds/costs.json' with { type: 'json' };
import gridFile from '../../../seeds/grid.json' with { type: 'json' };
import launchFile from '../../../seeds/launch.json' with { type: 'json' };
import lifecycleFile from '../../../seeds/lifecycle.json' with { type: 'json' };
import formationEnvironmentFile from '../../../seeds/formationEnvironment.json' with { type: 'json' };
import linkFile from '../../../seeds/links.json' with { type: 'json' };
import downlinkFile from '../../../seeds/downlink.json' with { type: 'json' };
import workloadFile from '../../../seeds/workload.json' with { type: 'json' };
import groundBaselineFile from '../../../seeds/ground-baselines.json' with { type: 'json' };
import ladderFile from '../../../seeds/ladder.json' with { type: 'json' };

/**
 * Reference data: the sourced figures, tables and presets of the repository's
 * `seeds/` folder (the folder keeps the product guide's name), typed. In code,
 * "seed" means only a random seed; these are reference figures.
 */

/** One sourced reference figure from `seeds/`. */
export interface ReferenceFigure {
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

/**
 * The figure `id` of `figures`, read from `seeds/<file>.json`: the one lookup
 * behind every `*ReferenceValue` and `economicsReferenceFigure`.
 * @throws RangeError naming the file and id when no such figure exists
 */
function referenceFigureIn(figures: Readonly<Record<string, ReferenceFigure>>, file: string, id: string): ReferenceFigure {
  const figure = figures[id];
  if (!figure) throw new RangeError(`no seeded figure "${id}" in seeds/${file}.json`);
  return figure;
}

/** Every figure of `seeds/suncatcher.json`, keyed by id (`"launch.referencePrice"`). */
export const SUNCATCHER_FIGURES: Readonly<Record<string, ReferenceFigure>> = suncatcher.figures;

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
 * The value of a reference figure, in its own unit.
 * @throws RangeError naming the id when no such figure exists
 */
export function referenceValue(id: string): number {
  return referenceFigureIn(SUNCATCHER_FIGURES, 'suncatcher', id).value;
}

/** A sourced launch price of the past (`seeds/launch.json`). */
export interface LaunchPricePoint {
  readonly vehicle: string;
  /** Year the price applies to. */
  readonly year: number;
  readonly priceUsdPerKg: number;
  /** Cumulative mass launched by then, t, where the source gives it. */
  readonly cumulativeMassT?: number;
  readonly source: string;
}

/** Launch prices to LEO over time, each with its source (`seeds/launch.json`). */
export const LAUNCH_PRICE_HISTORY: readonly LaunchPricePoint[] = launchFile.history;

/** A grid region's carbon intensity and, where sourced, its industrial electricity price (`seeds/grid.json`). */
export interface GridRegion {
  readonly name: string;
  /** Lifecycle emissions of generation, kgCO2e per kWh. */
  readonly carbonKgPerKwh: number;
  /** Industrial electricity price, USD/kWh, where sourced. */
  readonly electricityUsdPerKwh?: number;
  readonly source: string;
}

/** Grid regions by key (`"us"`, `"france"`), from `seeds/grid.json`. */
export const GRID_REGIONS: Readonly<Record<string, GridRegion>> = gridFile.regions;

/** Sourced figures of the economics and lifecycle models, keyed by file then id. */
const ECONOMICS_FIGURES = {
  launch: launchFile.figures,
  lifecycle: lifecycleFile.figures,
  costs: costFile.figures,
  'ground-baselines': groundBaselineFile.figures,
  ladder: ladderFile.figures,
} as const satisfies Record<string, Record<string, ReferenceFigure>>;

/** The ground baseline presets of `seeds/ground-baselines.json`: label and description by id. */
export const GROUND_BASELINE_PRESETS: Readonly<Record<string, { readonly label: string; readonly description: string }>> = groundBaselineFile.presets;

/** The files of seeds/ holding economics figures: `seeds/<name>.json`. */
export type EconomicsReferenceFile = keyof typeof ECONOMICS_FIGURES;

/**
 * The sourced figure `id` of `seeds/<file>.json` (launch, lifecycle, costs, ground-baselines, ladder).
 * @throws RangeError naming the file and id when no such figure exists
 */
export function economicsReferenceFigure(file: EconomicsReferenceFile, id: string): ReferenceFigure {
  return referenceFigureIn(ECONOMICS_FIGURES[file], file, id);
}

/** Terrestrial TPU pod figures (`seeds/pods.json`), keyed by id (`"trillium.chips"`). */
export const POD_FIGURES: Readonly<Record<string, ReferenceFigure>> = podFile.figures;

/**
 * The value of a TPU pod figure of `seeds/pods.json`, in its own unit.
 * @throws RangeError naming the id when no such figure exists
 */
export function podReferenceValue(id: string): number {
  return referenceFigureIn(POD_FIGURES, 'pods', id).value;
}

/** Figures of the optical link model beyond the paper's (`seeds/links.json`), keyed by id. */
export const LINK_FIGURES: Readonly<Record<string, ReferenceFigure>> = linkFile.figures;

/** The sources cited by key in `LINK_FIGURES`. */
export const LINK_SOURCES: Readonly<Record<string, string>> = linkFile.sources;

/**
 * The value of a figure of `seeds/links.json`, in its own unit.
 * @throws RangeError naming the id when no such figure exists
 */
export function linkReferenceValue(id: string): number {
  return referenceFigureIn(LINK_FIGURES, 'links', id).value;
}

/** Every figure of `seeds/satellite.json` (power, thermal, radiation, compute, mass defaults), keyed by id. */
export const SATELLITE_FIGURES: Readonly<Record<string, ReferenceFigure>> = satelliteFile.figures;

/**
 * The value of a figure of `seeds/satellite.json`, in its own unit.
 * @throws RangeError naming the id when no such figure exists
 */
export function satelliteReferenceValue(id: string): number {
  return referenceFigureIn(SATELLITE_FIGURES, 'satellite', id).value;
}

/** An accelerator of `seeds/chips.json`. */
export interface ChipReference {
  /** Name as the vendor writes it. */
  readonly label: string;
  /** Dense bf16 peak, FLOP/s. */
  readonly peakFlops: ReferenceFigure;
  /** Chip power, W; `published: false` marks a reasoned default where the vendor publishes none. */
  readonly powerW: ReferenceFigure & { readonly published: boolean };
}

/** The accelerators of `seeds/chips.json`, keyed by scenario name (`compute.chip`). */
export const CHIPS: Readonly<Record<keyof typeof chipFile.chips, ChipReference>> = chipFile.chips;

/** Names of the reference accelerators, as `compute.chip` accepts them. */
export type ChipName = keyof typeof chipFile.chips;

/** Solar activity levels of the reference density tables. */
export type SolarActivity = 'low' | 'mean' | 'high';

/** The reference density table (`seeds/formationEnvironment.json`): altitudes, km, and densities, kg/m^3, per solar activity. */
export const ATMOSPHERE_DENSITY_TABLE: {
  readonly source: string;
  readonly altitudeKm: readonly number[];
  readonly densityKgPerM3: Readonly<Record<SolarActivity, readonly number[]>>;
} = formationEnvironmentFile.atmosphere;

/** Every figure of `seeds/formationEnvironment.json` (drag, navigation, propulsion defaults), keyed by id. */
export const FORMATION_ENVIRONMENT_FIGURES: Readonly<Record<string, ReferenceFigure>> = formationEnvironmentFile.figures;

/** The sources cited by key in `seeds/formationEnvironment.json`. */
export const FORMATION_ENVIRONMENT_SOURCES: Readonly<Record<string, string>> = formationEnvironmentFile.sources;

/**
 * The value of a figure of `seeds/formationEnvironment.json`, in its own unit.
 * @throws RangeError naming the id when no such figure exists
 */
export function formationEnvironmentReferenceValue(id: string): number {
  return referenceFigureIn(FORMATION_ENVIRONMENT_FIGURES, 'formationEnvironment', id).value;
}

/** An optical ground station with its clear-sky statistics (`seeds/downlink.json`). */
export interface GroundStationReference {
  readonly name: string;
  readonly latitudeDeg: number;
  readonly longitudeDeg: number;
  /** Fraction of time the line of sight is free of cloud, 0 to 1. */
  readonly clearSkyProbability: number;
  /** True where the clear-sky figure is read from a secondary description. */
  readonly approximate?: boolean;
  readonly source: string;
}

/** Optical ground stations by key (`"table-mountain"`, `"tenerife"`), from `seeds/downlink.json`. */
export const GROUND_STATIONS: Readonly<Record<string, GroundStationReference>> = downlinkFile.stations;

/** Stations of the default ground segment (`seeds/downlink.json`). */
export const DEFAULT_GROUND_STATIONS: readonly string[] = downlinkFile.defaultStations;

/** The space terminal and scheduling figures of `seeds/downlink.json`. */
export const DOWNLINK_REFERENCE: {
  readonly sources: Readonly<Record<string, string>>;
  readonly terminal: {
    readonly rateGbps: { readonly value: number; readonly source: string };
    readonly elevationMaskDeg: { readonly value: number; readonly source: string };
    readonly tbirdPassMinutes: { readonly value: number; readonly range: readonly number[]; readonly source: string };
    readonly tbirdAltitudeKm: { readonly value: number; readonly source: string };
  };
} = downlinkFile;

/** The workload presets of `seeds/workload.json`: the inputs each kind's traffic is computed from. */
export const WORKLOAD_PRESETS = workloadFile.presets;
