import type { Evaluation } from '@solstice/core';
import { formatFigure } from '../model/keyFigures.ts';

const PFLOPS = { unit: 'PFLOP/s', scale: 1e-15, digits: 0 } as const;

/**
 * The delivered-compute waterfall from core's `delivered` block: peak FLOP/s,
 * then what is left after each named factor; the binding constraint is marked.
 */
export function DeliveredWaterfall({ evaluation }: { readonly evaluation: Evaluation }) {
  const { peakFlops, factors, bindingConstraint } = evaluation.delivered;
  let remaining = peakFlops;
  const rows = [
    { name: 'peak', value: 1, flops: peakFlops, note: 'all chips at peak' },
    ...factors.map((factor) => {
      remaining *= factor.value;
      return { name: factor.name, value: factor.value, flops: remaining, note: factor.note };
    }),
  ];
  return (
    <figure className="energy-bars chart" data-testid="chart-delivered">
      <figcaption>
        Delivered compute: binding constraint <strong data-testid="binding-constraint">{bindingConstraint}</strong>
      </figcaption>
      {rows.map((row) => (
        <div key={row.name} className="bar-row" title={row.note}>
          <span className="bar-label">
            {row.name}
            {row.name !== 'peak' && ` x ${row.value.toFixed(3)}`}
          </span>
          <span className="bar-track">
            <span
              className="bar"
              style={{ width: `${peakFlops > 0 ? (row.flops / peakFlops) * 100 : 0}%`, background: row.name === bindingConstraint ? '#ff8a65' : '#9ccc65' }}
            />
          </span>
          <span className="bar-value">
            {formatFigure(row.flops, PFLOPS)} {PFLOPS.unit}
          </span>
        </div>
      ))}
    </figure>
  );
}
