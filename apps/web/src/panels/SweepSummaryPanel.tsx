import { lazy, Suspense } from 'react';
import { selectedSweepInput } from '../store/sweepSlice.ts';
import { useApp, useAppStoreApi } from '../store/useApp.ts';
import { ProblemList } from './ProblemList.tsx';

// uPlot loads with the first summary opened, as the main charts do.
const ParetoFrontChart = lazy(() => import('../charts/ParetoFrontChart.tsx'));

const number = (value: number | null, digits: number) => (value === null ? '–' : value.toLocaleString('en-US', { maximumFractionDigits: digits }));

/** A sweep run's summary (`solstice query RUN_DIR --summary`): by-decile table and Pareto front of each varied input. */
export function SweepSummaryPanel() {
  const store = useAppStoreApi();
  const summary = useApp((s) => s.sweepSummary);
  const source = useApp((s) => s.sweepSummarySource);
  const problems = useApp((s) => s.sweepSummaryProblems);
  const input = useApp(selectedSweepInput);
  if (!summary && !problems) return null;
  return (
    <section className="panel sweep-summary" aria-labelledby="sweep-summary-title" data-testid="sweep-summary">
      <div className="charts-header">
        <h2 id="sweep-summary-title">Sweep summary</h2>
        {summary && (
          <span data-testid="sweep-summary-run">
            {source}: {summary.rows.toLocaleString('en-US')} of {summary.points.toLocaleString('en-US')} points, {summary.shards.finished} of {summary.shards.count} shards
          </span>
        )}
        <button type="button" onClick={() => store.getState().closeSweepSummary()}>
          Close
        </button>
      </div>
      {problems && (
        <div className="sweep-problems" role="alert" data-testid="sweep-summary-error">
          <p>Not opened{summary ? '; the summary shown is unchanged' : ''}.</p>
          <ProblemList problems={problems} />
        </div>
      )}
      {summary && input && (
        <>
          <label>
            input{' '}
            <select value={input.path} onChange={(e) => store.getState().selectSweepInput(e.target.value)} data-testid="sweep-summary-input">
              {summary.inputs.map((i) => (
                <option key={i.path}>{i.path}</option>
              ))}
            </select>
          </label>
          <table className="sweep-deciles" data-testid="sweep-deciles">
            <thead>
              <tr>
                <th scope="col">decile</th>
                <th scope="col">{input.path}</th>
                <th scope="col">points</th>
                <th scope="col">break-even share</th>
                <th scope="col">median break-even year</th>
                <th scope="col">median orbit/ground</th>
                <th scope="col">cheapest USD/kW-year</th>
              </tr>
            </thead>
            <tbody>
              {input.deciles.map((d) => (
                <tr key={d.decile}>
                  <td>{d.decile}</td>
                  <td>
                    {number(d.min, 4)} to {number(d.max, 4)}
                  </td>
                  <td>{d.points}</td>
                  <td>{Math.round(d.breakEvenShare * 100)}%</td>
                  <td>{d.breakEvenYearMedian === null ? '–' : String(d.breakEvenYearMedian)}</td>
                  <td>{number(d.orbitGroundRatioMedian, 3)}</td>
                  <td>{number(d.cheapestOrbitalUsdPerKwYear, 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {input.paretoFront.length > 0 ? (
            <Suspense fallback={<p className="loading">Loading the chart…</p>}>
              <ParetoFrontChart input={input} />
            </Suspense>
          ) : (
            <p>No Pareto front: the run has no orbital cost column.</p>
          )}
        </>
      )}
    </section>
  );
}
