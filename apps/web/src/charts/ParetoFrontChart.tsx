import { useMemo } from 'react';
import type { AlignedData, Options } from 'uplot';
import type { SweepRunSummaryInput } from '@solstice/core';
import { UPlotChart } from './UPlotChart.tsx';

const AXIS = { stroke: '#9fb0c8', grid: { stroke: '#1c2636' }, ticks: { stroke: '#1c2636' } };

/** The Pareto front of a sweep input: orbital USD per kW-year (lower better) against the input (higher better), as the summary lists it. Loaded on demand with uPlot. */
export default function ParetoFrontChart({ input }: { readonly input: SweepRunSummaryInput }) {
  const data = useMemo<AlignedData>(() => [input.paretoFront.map((p) => p.value), input.paretoFront.map((p) => p.orbitalUsdPerKwYear)], [input]);
  const options = useMemo<Omit<Options, 'width'>>(
    () => ({
      title: `Pareto front: orbital USD/kW-year against ${input.path} (${input.paretoFront.length} points)`,
      height: 220,
      scales: { x: { time: false } },
      axes: [
        { ...AXIS, label: input.path, values: (_u, splits) => splits.map((v) => String(v)) },
        { ...AXIS, label: 'USD/kW-year', size: 70 },
      ],
      series: [{}, { label: 'front', stroke: '#ffd27a', width: 1, points: { show: true, size: 7, fill: '#ffd27a' } }],
      legend: { live: false },
    }),
    [input],
  );
  return <UPlotChart options={options} data={data} testId="chart-pareto-front" />;
}
