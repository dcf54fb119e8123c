import { SECONDS_PER_MINUTE, type Evaluation } from '@solstice/core';

/** How a figure is shown: core's SI or named-unit number, scaled for people. */
export interface FigureFormat {
  /** Unit shown to people. */
  readonly unit: string;
  /** Multiplier from the core value to the shown unit. */
  readonly scale: number;
  readonly digits: number;
  /** Thousands separators (off for years). */
  readonly grouping?: boolean;
}

/**
 * A key figure: a path into core's evaluation (the same JSON keys `solstice
 * eval --json` prints), a label and a display format. The app never computes
 * a figure itself.
 */
export interface KeyFigure {
  readonly path: string;
  readonly label: string;
  readonly format: FigureFormat;
}

/** A row of the orbital-versus-ground table: the same quantity for both, either may be missing. */
export interface FigurePair {
  readonly label: string;
  readonly orbital?: KeyFigure;
  readonly ground?: KeyFigure;
}

const usdPerKwYear: FigureFormat = { unit: 'USD/kW-year', scale: 1, digits: 0 };
const usdPerEflop: FigureFormat = { unit: 'USD/EFLOP', scale: 1, digits: 3 };
const picojoules: FigureFormat = { unit: 'pJ/FLOP', scale: 1e12, digits: 3 };
const carbon: FigureFormat = { unit: 'g CO2e/PFLOP', scale: 1e18, digits: 3 };
const tbps: FigureFormat = { unit: 'Tbps', scale: 1e-12, digits: 0 };
// kg/FLOP x 1e15 FLOP/PFLOP x 1e3 g/kg = 1e18.

/** Orbital beside ground, growing as core's models land (absent paths are skipped). */
export const FIGURE_PAIRS: readonly FigurePair[] = [
  {
    label: 'Cost per delivered kW-year, chips included',
    orbital: { path: 'economics.orbitalUsdPerKwYear', label: 'Orbital cost', format: usdPerKwYear },
    ground: { path: 'economics.groundUsdPerKwYear', label: 'Ground cost', format: usdPerKwYear },
  },
  {
    label: 'Cost per delivered EFLOP',
    orbital: { path: 'economics.orbitalUsdPerEflop', label: 'Orbital cost/EFLOP', format: usdPerEflop },
    ground: { path: 'economics.groundUsdPerEflop', label: 'Ground cost/EFLOP', format: usdPerEflop },
  },
  {
    label: 'Infrastructure only (no chips)',
    orbital: { path: 'economics.orbitalInfrastructureUsdPerKwYear', label: 'Orbital infrastructure', format: usdPerKwYear },
    ground: { path: 'economics.groundInfrastructureUsdPerKwYear', label: 'Ground infrastructure', format: usdPerKwYear },
  },
  {
    label: 'Power alone',
    orbital: { path: 'economics.launchedPowerUsdPerKwYear', label: 'Launched power', format: usdPerKwYear },
    ground: { path: 'economics.groundPowerUsdPerKwYear', label: 'Grid electricity x PUE', format: usdPerKwYear },
  },
  {
    label: 'Energy per FLOP, operational',
    orbital: { path: 'economics.orbitalEnergyPerFlopJ', label: 'Orbital energy/FLOP', format: picojoules },
    ground: { path: 'economics.groundOperationalEnergyPerFlopJ', label: 'Ground energy/FLOP', format: picojoules },
  },
  {
    label: 'Energy per FLOP, lifecycle',
    orbital: { path: 'economics.orbitalLifecycleEnergyPerFlopJ', label: 'Orbital lifecycle energy/FLOP', format: picojoules },
    ground: { path: 'economics.groundLifecycleEnergyPerFlopJ', label: 'Ground lifecycle energy/FLOP', format: picojoules },
  },
  {
    label: 'Carbon per FLOP, lifecycle',
    orbital: { path: 'economics.orbitalCarbonPerFlopKgCo2e', label: 'Orbital carbon/FLOP', format: carbon },
    ground: { path: 'economics.groundCarbonPerFlopKgCo2e', label: 'Ground carbon/FLOP', format: carbon },
  },
];

/** Single figures of the orbital system. */
export const ORBIT_FIGURES: readonly KeyFigure[] = [
  { path: 'economics.breakEvenYear', label: 'Break-even year', format: { unit: '', scale: 1, digits: 0, grouping: false } },
  { path: 'economics.orbitToGroundCostRatio', label: 'Orbit / ground cost', format: { unit: 'x', scale: 1, digits: 2 } },
  { path: 'economics.deliveredItFraction', label: 'IT delivered in orbit (life average)', format: { unit: '%', scale: 100, digits: 1 } },
  { path: 'economics.launchPriceUsdPerKg', label: 'Launch price', format: { unit: 'USD/kg', scale: 1, digits: 0 } },
  { path: 'links.neighbourCapacityMinBps', label: 'Weakest link', format: tbps },
  { path: 'links.bisectionBandwidthMinBps', label: 'Bisection bandwidth (worst)', format: tbps },
  { path: 'stationKeeping.deltaVMPerSPerYearMax', label: 'Station keeping, drag + SRP (worst satellite)', format: { unit: 'm/s per year', scale: 1, digits: 2 } },
  { path: 'stationKeeping.propellantKgLifetime', label: 'Station-keeping propellant, lifetime', format: { unit: 'kg', scale: 1, digits: 2 } },
  { path: 'formation.stationKeepingDeltaVMPerSPerYear', label: 'Station keeping, J2 residual alone', format: { unit: 'mm/s per year', scale: 1e3, digits: 2 } },
  { path: 'compute.clusterDeliveredFlops', label: 'Cluster compute delivered', format: { unit: 'PFLOP/s', scale: 1e-15, digits: 0 } },
  { path: 'delivered.deliveredFlops', label: 'Compute delivered to Earth (waterfall)', format: { unit: 'PFLOP/s', scale: 1e-15, digits: 0 } },
  { path: 'downlink.deliveredFraction', label: 'Downlink factor', format: { unit: '', scale: 1, digits: 3 } },
  { path: 'downlink.averageRateBps', label: 'Downlink, year average', format: { unit: 'Gbps', scale: 1e-9, digits: 2 } },
  { path: 'downlink.requiredRateBps', label: 'Downlink the workload needs', format: { unit: 'Gbps', scale: 1e-9, digits: 3 } },
  { path: 'downlink.contactFraction', label: 'Ground contact', format: { unit: '% of time', scale: 100, digits: 2 } },
  { path: 'power.orbitToGroundYieldRatio', label: 'Array yield, orbit vs ground', format: { unit: 'x', scale: 1, digits: 2 } },
  { path: 'orbit.sunlitFraction', label: 'Sunlit fraction', format: { unit: '%', scale: 100, digits: 2 } },
  { path: 'orbit.longestEclipseS', label: 'Longest eclipse', format: { unit: 'min', scale: 1 / SECONDS_PER_MINUTE, digits: 1 } },
  { path: 'orbit.eclipseSeasonDays', label: 'Eclipse season', format: { unit: 'days', scale: 1, digits: 1 } },
  { path: 'orbit.periodS', label: 'Orbital period', format: { unit: 'min', scale: 1 / SECONDS_PER_MINUTE, digits: 2 } },
  { path: 'orbit.inclinationDeg', label: 'Inclination (SSO)', format: { unit: 'deg', scale: 1, digits: 3 } },
];

/** The number at a dotted path of an evaluation, or undefined when core does not provide it (yet). */
export function figureValue(evaluation: Evaluation, path: string): number | undefined {
  let node: unknown = evaluation;
  for (const segment of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return typeof node === 'number' ? node : undefined;
}

/** Formats a core value for the screen in the figure's display unit. */
export function formatFigure(value: number, format: FigureFormat): string {
  if (!Number.isFinite(value)) return String(value);
  const shown = value * format.scale;
  const magnitude = Math.abs(shown);
  if (magnitude !== 0 && (magnitude >= 1e9 || magnitude < 10 ** -format.digits)) return shown.toExponential(3);
  return shown.toLocaleString('en-US', { minimumFractionDigits: format.digits, maximumFractionDigits: format.digits, useGrouping: format.grouping ?? true });
}

/** Every numeric leaf of an evaluation as [dotted path, value], for the full results table. */
export function numericLeaves(value: unknown, prefix = ''): [string, number][] {
  if (typeof value === 'number') return [[prefix, value]];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => numericLeaves(child, prefix ? `${prefix}.${key}` : key));
}
