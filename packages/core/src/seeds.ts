import suncatcher from '../../../seeds/suncatcher.json' with { type: 'json' };
import table1 from '../../../seeds/table1.json' with { type: 'json' };
import chipSeeds from '../../../seeds/chips.json' with { type: 'json' };
import satelliteSeeds from '../../../seeds/satellite.json' with { type: 'json' };
import podSeeds from '../../../seeds/pods.json' with { type: 'json' };
import costSeeds from '../../../seeds/costs.json' with { type: 'json' };
import gridSeeds from '../../../seeds/grid.json' with { type: 'json' };
import launchSeeds from '../../../seeds/launch.json' with { type: 'json' };
import lifecycleSeeds from '../../../seeds/lifecycle.json' with { type: 'json' };
import formationEnvironmentSeeds from '../../../seeds/formationEnvironment.json' with { type: 'json' };
import linkSeeds from '../../../seeds/links.json' with { type: 'json' };
import downlinkSeeds from '../../../seeds/downlink.json' with { type: 'json' };
import workloadSeeds from '../../../seeds/workload.json' with { type: 'json' };
import groundBaselineSeeds from '../../../seeds/ground-baselines.json' with { type: 'json' };
import ladderSeeds from '../../../seeds/ladder.json' with { type: 'json' };

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
export const LAUNCH_PRICE_HISTORY: readonly LaunchPricePoint[] = launchSeeds.history;

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
export const GRID_REGIONS: Readonly<Record<string, GridRegion>> = gridSeeds.regions;

/** Sourced figures of the economics and lifecycle models, keyed by file then id. */
const ECONOMICS_FIGURES = {
  launch: launchSeeds.figures,
  lifecycle: lifecycleSeeds.figures,
  costs: costSeeds.figures,
  'ground-baselines': groundBaselineSeeds.figures,
  ladder: ladderSeeds.figures,
} as const satisfies Record<string, Record<string, SeedFigure>>;

/** The ground baseline presets of `seeds/ground-baselines.json`: label and description by id. */
export const GROUND_BASELINE_SEEDS: Readonly<Record<string, { readonly label: string; readonly description: string }>> = groundBaselineSeeds.presets;

/** Seed files holding economics figures: `seeds/<name>.json`. */
export type EconomicsSeedFile = keyof typeof ECONOMICS_FIGURES;

/**
 * The sourced figure `id` of `seeds/<file>.json` (launch, lifecycle, costs, ground-baselines, ladder).
 * @throws RangeError naming the file and id when no such figure is seeded
 */
export function economicsSeedFigure(file: EconomicsSeedFile, id: string): SeedFigure {
  const figure = (ECONOMICS_FIGURES[file] as Readonly<Record<string, SeedFigure>>)[id];
  if (!figure) throw new RangeError(`no seeded figure "${id}" in seeds/${file}.json`);
  return figure;
}

/** Terrestrial TPU pod figures (`seeds/pods.json`), keyed by id (`"trillium.chips"`). */
export const POD_FIGURES: Readonly<Record<string, SeedFigure>> = podSeeds.figures;

/**
 * The value of a TPU pod figure of `seeds/pods.json`, in the seed's own unit.
 * @throws RangeError naming the id when no such figure is seeded
 */
export function podSeedValue(id: string): number {
  const figure = POD_FIGURES[id];
  if (!figure) throw new RangeError(`no seeded figure "${id}" in seeds/pods.json`);
  return figure.value;
}

/** Figures of the optical link model beyond the paper's (`seeds/links.json`), keyed by id. */
export const LINK_FIGURES: Readonly<Record<string, SeedFigure>> = linkSeeds.figures;

/** The sources cited by key in `LINK_FIGURES`. */
export const LINK_SOURCES: Readonly<Record<string, string>> = linkSeeds.sources;

/**
 * The value of a figure of `seeds/links.json`, in the seed's own unit.
 * @throws RangeError naming the id when no such figure is seeded
 */
export function linkSeedValue(id: string): number {
  const figure = LINK_FIGURES[id];
  if (!figure) throw new RangeError(`no seeded figure "${id}" in seeds/links.json`);
  return figure.value;
}

/** Every figure of `seeds/satellite.json` (power, thermal, radiation, compute, mass defaults), keyed by id. */
export const SATELLITE_FIGURES: Readonly<Record<string, SeedFigure>> = satelliteSeeds.figures;

/**
 * The value of a figure of `seeds/satellite.json`, in the seed's own unit.
 * @throws RangeError naming the id when no such figure is seeded
 */
export function satelliteSeedValue(id: string): number {
  const figure = SATELLITE_FIGURES[id];
  if (!figure) throw new RangeError(`no seeded figure "${id}" in seeds/satellite.json`);
  return figure.value;
}

/** An accelerator of `seeds/chips.json`. */
export interface ChipSeed {
  /** Name as the vendor writes it. */
  readonly label: string;
  /** Dense bf16 peak, FLOP/s. */
  readonly peakFlops: SeedFigure;
  /** Chip power, W; `published: false` marks a reasoned default where the vendor publishes none. */
  readonly powerW: SeedFigure & { readonly published: boolean };
}

/** The accelerators seeded in `seeds/chips.json`, keyed by scenario name (`compute.chip`). */
export const CHIPS: Readonly<Record<keyof typeof chipSeeds.chips, ChipSeed>> = chipSeeds.chips;

/** Names of the seeded accelerators, as `compute.chip` accepts them. */
export type ChipName = keyof typeof chipSeeds.chips;

/** Solar activity levels of the seeded density tables. */
export type SolarActivity = 'low' | 'mean' | 'high';

/** The seeded density table (`seeds/formationEnvironment.json`): altitudes, km, and densities, kg/m^3, per solar activity. */
export const ATMOSPHERE_DENSITY_TABLE: {
  readonly source: string;
  readonly altitudeKm: readonly number[];
  readonly densityKgPerM3: Readonly<Record<SolarActivity, readonly number[]>>;
} = formationEnvironmentSeeds.atmosphere;

/** Every figure of `seeds/formationEnvironment.json` (drag, navigation, propulsion defaults), keyed by id. */
export const FORMATION_ENVIRONMENT_FIGURES: Readonly<Record<string, SeedFigure>> = formationEnvironmentSeeds.figures;

/** The sources cited by key in `seeds/formationEnvironment.json`. */
export const FORMATION_ENVIRONMENT_SOURCES: Readonly<Record<string, string>> = formationEnvironmentSeeds.sources;

/**
 * The value of a figure of `seeds/formationEnvironment.json`, in its own unit.
 * @throws RangeError naming the id when no such figure is seeded
 */
export function formationEnvironmentSeedValue(id: string): number {
  const figure = FORMATION_ENVIRONMENT_FIGURES[id];
  if (!figure) throw new RangeError(`no seeded figure "${id}" in seeds/formationEnvironment.json`);
  return figure.value;
}

/** An optical ground station with its clear-sky statistics (`seeds/downlink.json`). */
export interface GroundStationSeed {
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
export const GROUND_STATIONS: Readonly<Record<string, GroundStationSeed>> = downlinkSeeds.stations;

/** Stations of the default ground segment (`seeds/downlink.json`). */
export const DEFAULT_GROUND_STATIONS: readonly string[] = downlinkSeeds.defaultStations;

/** The space terminal and scheduling figures of `seeds/downlink.json`. */
export const DOWNLINK_SEEDS: {
  readonly sources: Readonly<Record<string, string>>;
  readonly terminal: {
    readonly rateGbps: { readonly value: number; readonly source: string };
    readonly elevationMaskDeg: { readonly value: number; readonly source: string };
    readonly tbirdPassMinutes: { readonly value: number; readonly range: readonly number[]; readonly source: string };
    readonly tbirdAltitudeKm: { readonly value: number; readonly source: string };
  };
} = downlinkSeeds;

/** The workload presets of `seeds/workload.json`: the inputs each kind's traffic is computed from. */
export const WORKLOAD_SEEDS = workloadSeeds.presets;
