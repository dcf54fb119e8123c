import { useMemo } from 'react';
import type { Options } from 'uplot';
import { useApp } from '../store/useApp.ts';
import { learningCurveSeries, powerPriceSeries } from './series.ts';
import { UPlotChart } from './UPlotChart.tsx';

const AXIS = { stroke: '#9fb0c8', grid: { stroke: '#1c2636' }, ticks: { stroke: '#1c2636' } };

function options(title: string, unit: string, series: Options['series'], log = false): Omit<Options, 'width'> {
  return {
    title,
    height: 220,
    scales: { x: { time: false }, y: log ? { distr: 3 } : {} },
    axes: [{ ...AXIS, label: 'year', values: (_u, splits) => splits.map((year) => String(year)) }, { ...AXIS, label: unit, size: 70 }],
    series,
    legend: { live: false },
  };
}

/** Charts of the scenario, every point from core. Loaded on demand with uPlot. */
export default function Charts() {
  const scenario = useApp((s) => s.current.scenario);
  const learning = useMemo(() => learningCurveSeries(scenario), [scenario]);
  const power = useMemo(() => powerPriceSeries(scenario), [scenario]);
  const learningOptions = useMemo(() => options('Launch price (learning curve)', 'USD/kg', [{}, { label: 'launch price', stroke: '#ffb85c', width: 2 }], true), []);
  const powerOptions = useMemo(
    () => options('Price of power by year', 'USD/kW-year', [{}, { label: 'orbital (launched power)', stroke: '#ffd27a', width: 2 }, { label: 'ground (electricity x PUE)', stroke: '#6fb7ff', width: 2 }], true),
    [],
  );
  return (
    <section className="panel charts" aria-label="Charts">
      <UPlotChart options={powerOptions} data={power} testId="chart-power" />
      <UPlotChart options={learningOptions} data={learning} testId="chart-learning" />
    </section>
  );
}
