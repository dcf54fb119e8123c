import { ORBIT_TO_GROUND_COST_RATIO } from '@solstice/core';
import { useSensitivity } from './useSensitivity.ts';

const FIRST = '#ffd27a';
const TOTAL = '#c9a55f';
const SWING = '#ff8a6a';

const percent = (value: number | null) => (value === null ? 'n/a' : `${(Math.max(0, value) * 100).toFixed(0)} %`);
const width = (value: number | null, largest: number) => `${(Math.min(Math.max(value ?? 0, 0), largest) / largest) * 100}%`;

/**
 * The orbit/ground cost ratio's sensitivity to each uncertain input: the
 * tornado's swing (p10 to p90, one at a time) beside Sobol' first-order and
 * total indices (all at once), both from core in a web worker.
 */
export function SensitivityBars({ raw }: { readonly raw: unknown }) {
  const result = useSensitivity(raw);
  if (!result) return <p className="sensitivity-status" data-testid="sensitivity-status">Sensitivity: computing…</p>;
  if (!result.ok) return <p className="sensitivity-status" data-testid="sensitivity-status">Sensitivity failed: {result.error}</p>;
  if (result.inputs === 0 || !result.sobol) return null;
  const swings = result.bars.map((bar) => bar.swing[ORBIT_TO_GROUND_COST_RATIO] ?? 0);
  const largestSwing = Math.max(...swings.filter(Number.isFinite), Number.MIN_VALUE);
  return (
    <figure className="energy-bars chart sensitivity" data-testid="chart-sensitivity">
      <figcaption>
        Orbit/ground cost ratio: tornado swing (p10-p90) and Sobol&apos; indices (first-order, total; N = {result.samples}, {result.evaluations} runs)
      </figcaption>
      {result.bars.map((bar, index) => {
        const sobol = result.sobol!.inputs.find((input) => input.path === bar.path);
        return (
          <div key={bar.path} className="bar-row sensitivity-row">
            <span className="bar-label" title={bar.path}>
              {bar.path}
            </span>
            <span className="bar-track">
              <span className="bar" style={{ width: width(swings[index]!, largestSwing), background: SWING }} />
              <span className="bar" style={{ width: width(sobol?.firstOrder ?? null, 1), background: FIRST }} />
              <span className="bar" style={{ width: width(sobol?.total ?? null, 1), background: TOTAL }} />
            </span>
            <span className="bar-value">
              ±{((swings[index]! / 2) || 0).toPrecision(2)} · S {percent(sobol?.firstOrder ?? null)} · S<sub>T</sub> {percent(sobol?.total ?? null)}
            </span>
          </div>
        );
      })}
    </figure>
  );
}
