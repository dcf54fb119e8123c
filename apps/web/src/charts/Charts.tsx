import { useMemo } from 'react';
import type { AlignedData, Options } from 'uplot';
import { downloadText, slugify } from '../download.ts';
import { DEFAULT_PROJECTION_YEARS, projectEconomics } from '@solstice/core';
import { projectionFile } from '../model/projection.ts';
import { useApp } from '../store/useApp.ts';
import { DeliveredWaterfall } from './DeliveredWaterfall.tsx';
import { EnergyBars } from './EnergyBars.tsx';
import { linkCapacityOverOrbit } from './linkSeries.ts';
import { SensitivityBars } from './SensitivityBars.tsx';
import { UPlotChart } from './UPlotChart.tsx';
import { useMonteCarlo } from './useMonteCarlo.ts';

const AXIS = { stroke: '#9fb0c8', grid: { stroke: '#1c2636' }, ticks: { stroke: '#1c2636' } };
const ORBITAL = '#ffd27a';
const GROUND = '#6fb7ff';
const BAND_EDGE = { width: 1, dash: [4, 4] };

function chartOptions(title: string, xLabel: string, yLabel: string, series: Options['series'], extra: Partial<Options> = {}): Omit<Options, 'width'> {
  return {
    title,
    height: 220,
    scales: { x: { time: false }, ...extra.scales },
    axes: [
      { ...AXIS, label: xLabel, values: (_u, splits) => splits.map((v) => String(v)) },
      { ...AXIS, label: yLabel, size: 70 },
    ],
    series,
    legend: { live: false },
    ...(extra.bands ? { bands: extra.bands } : {}),
  };
}

const column = (rows: readonly Readonly<Record<string, number | null>>[], key: string) => rows.map((row) => row[key] ?? null);

/** Charts and the projection download, every number from core. Loaded on demand with uPlot. */
export default function Charts() {
  const scenario = useApp((s) => s.current.scenario);
  const evaluation = useApp((s) => s.current.evaluation);
  const raw = useApp((s) => s.current.raw);
  const years = DEFAULT_PROJECTION_YEARS;
  const rows = useMemo(() => projectEconomics(scenario, years), [scenario, years]);
  const monteCarlo = useMonteCarlo(raw, years);
  const band = monteCarlo?.ok && monteCarlo.inputs > 0 ? monteCarlo.rows : undefined;

  const costData = useMemo<AlignedData>(() => {
    const x = rows.map((r) => r.year);
    const orbital = rows.map((r) => r.orbitalUsdPerKwYear);
    const ground = rows.map((r) => r.groundUsdPerKwYear);
    if (!band) return [x, orbital, ground];
    return [x, orbital, column(band, 'orbitalUsdPerKwYear_p10'), column(band, 'orbitalUsdPerKwYear_p90'), ground, column(band, 'groundUsdPerKwYear_p10'), column(band, 'groundUsdPerKwYear_p90')];
  }, [rows, band]);
  const costOptions = useMemo(
    () =>
      band
        ? chartOptions(
            'Cost of 1 kW of compute power per year (p10-p90 shaded)',
            'year',
            'USD/kW-year',
            [{}, { label: 'orbital', stroke: ORBITAL, width: 2 }, { label: 'orbital p10', stroke: ORBITAL, ...BAND_EDGE }, { label: 'orbital p90', stroke: ORBITAL, ...BAND_EDGE }, { label: 'ground', stroke: GROUND, width: 2 }, { label: 'ground p10', stroke: GROUND, ...BAND_EDGE }, { label: 'ground p90', stroke: GROUND, ...BAND_EDGE }],
            { scales: { y: { distr: 3 } }, bands: [{ series: [3, 2], fill: 'rgba(255, 210, 122, 0.18)' }, { series: [6, 5], fill: 'rgba(111, 183, 255, 0.18)' }] },
          )
        : chartOptions('Cost of 1 kW of compute power per year', 'year', 'USD/kW-year', [{}, { label: 'orbital', stroke: ORBITAL, width: 2 }, { label: 'ground', stroke: GROUND, width: 2 }], { scales: { y: { distr: 3 } } }),
    [band],
  );
  const launchData = useMemo<AlignedData>(() => [rows.map((r) => r.year), rows.map((r) => r.launchPriceUsdPerKg)], [rows]);
  const launchOptions = useMemo(() => chartOptions("Launch price on the learning curve (Wright's law)", 'year', 'USD/kg', [{}, { label: 'launch price', stroke: '#ffb85c', width: 2 }], { scales: { y: { distr: 3 } } }), []);
  const linkData = useMemo<AlignedData>(() => linkCapacityOverOrbit(evaluation.links), [evaluation.links]);
  const linkOptions = useMemo(() => chartOptions('Link capacity over one orbit', 'minutes since lattice epoch', 'Tbps', [{}, { label: 'weakest link', stroke: '#ff8a6a', width: 2 }, { label: 'bisection', stroke: '#4de6ff', width: 2 }], { scales: { y: { distr: 3 } } }), []);

  const download = (format: 'csv' | 'json') =>
    downloadText(`${slugify(scenario.name)}-projection.${format}`, projectionFile(scenario, years, format), format === 'csv' ? 'text/csv' : 'application/json');

  return (
    <section className="panel charts" aria-label="Charts">
      <div className="charts-header">
        <h2>
          Projection {years.fromYear}–{years.toYear}
        </h2>
        <span className="monte-carlo" data-testid="monte-carlo-status">
          {!monteCarlo
            ? 'Monte Carlo: sampling…'
            : !monteCarlo.ok
              ? `Monte Carlo failed: ${monteCarlo.error}`
              : monteCarlo.inputs === 0
                ? 'No uncertain inputs: add uncertainty.inputs (or open suncatcher-uncertain.json) for the p10-p90 band'
                : `p10-p90 of ${monteCarlo.samples.toLocaleString('en-US')} samples over ${monteCarlo.inputs} uncertain inputs (web worker)`}
        </span>
        <button type="button" onClick={() => download('csv')} data-testid="download-csv">
          Download CSV
        </button>
        <button type="button" onClick={() => download('json')} data-testid="download-json">
          Download JSON
        </button>
      </div>
      <UPlotChart options={costOptions} data={costData} testId="chart-cost" />
      <UPlotChart options={launchOptions} data={launchData} testId="chart-launch" />
      <EnergyBars evaluation={evaluation} />
      <DeliveredWaterfall evaluation={evaluation} />
      <SensitivityBars raw={raw} />
      <UPlotChart options={linkOptions} data={linkData} testId="chart-links" />
    </section>
  );
}
