import type { Evaluation } from '@solstice/core';
import { figureValue, formatFigure } from '../model/keyFigures.ts';

const PJ = { unit: 'pJ/FLOP', scale: 1e12, digits: 3 } as const;
const BARS = [
  { label: 'orbital, operational', path: 'economics.orbitalEnergyPerFlopJ', colour: '#ffd27a' },
  { label: 'orbital, lifecycle', path: 'economics.orbitalLifecycleEnergyPerFlopJ', colour: '#c9a55f' },
  { label: 'ground, operational', path: 'economics.groundOperationalEnergyPerFlopJ', colour: '#6fb7ff' },
  { label: 'ground, lifecycle', path: 'economics.groundLifecycleEnergyPerFlopJ', colour: '#4f86c0' },
] as const;

/** Energy per FLOP, orbit beside ground, operational and lifecycle: horizontal bars on one scale. */
export function EnergyBars({ evaluation }: { readonly evaluation: Evaluation }) {
  const bars = BARS.map((bar) => ({ ...bar, value: figureValue(evaluation, bar.path) })).filter((bar) => bar.value !== undefined);
  const largest = Math.max(...bars.map((bar) => bar.value!), Number.MIN_VALUE);
  return (
    <figure className="energy-bars chart">
      <figcaption>Energy per FLOP delivered</figcaption>
      {bars.map((bar) => (
        <div key={bar.path} className="bar-row">
          <span className="bar-label">{bar.label}</span>
          <span className="bar-track">
            <span className="bar" style={{ width: `${(bar.value! / largest) * 100}%`, background: bar.colour }} />
          </span>
          <span className="bar-value">
            {formatFigure(bar.value!, PJ)} {PJ.unit}
          </span>
        </div>
      ))}
    </figure>
  );
}
