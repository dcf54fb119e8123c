import type { Evaluation } from '@solstice/core';
import { FIGURE_PAIRS, ORBIT_FIGURES, figureValue, formatFigure, numericLeaves, type KeyFigure } from '../model/keyFigures.ts';
import { useApp } from '../store/useApp.ts';

function Value({ evaluation, figure, tagged, unit = true }: { readonly evaluation: Evaluation; readonly figure: KeyFigure; readonly tagged?: boolean; readonly unit?: boolean }) {
  const value = figureValue(evaluation, figure.path);
  if (value === undefined) return <td className="num">–</td>;
  return (
    <td className="num" data-testid={tagged ? `figure-${figure.path}` : undefined} data-value={tagged ? String(value) : undefined}>
      {formatFigure(value, figure.format)} {unit && <span className="unit">{figure.format.unit}</span>}
    </td>
  );
}

function Delta({ a, b, figure }: { readonly a: Evaluation; readonly b: Evaluation; readonly figure: KeyFigure }) {
  const va = figureValue(a, figure.path);
  const vb = figureValue(b, figure.path);
  if (va === undefined || vb === undefined || vb === 0) return <td className="num">–</td>;
  const change = (va / vb - 1) * 100;
  return <td className={`num delta ${change > 0 ? 'up' : change < 0 ? 'down' : ''}`}>{`${change >= 0 ? '+' : ''}${change.toFixed(1)} %`}</td>;
}

function FigureRows({ figures, a, b }: { readonly figures: readonly KeyFigure[]; readonly a: Evaluation; readonly b: Evaluation | undefined }) {
  return figures.map((figure) => (
    <tr key={figure.path}>
      <th scope="row" title={figure.path}>
        {figure.label}
      </th>
      <Value evaluation={a} figure={figure} tagged />
      {b && <Value evaluation={b} figure={figure} unit={false} />}
      {b && <Delta a={a} b={b} figure={figure} />}
    </tr>
  ));
}

/** Key figures from core's evaluation: orbital beside ground, and A beside B when comparing. */
export function KeyFigures() {
  const a = useApp((s) => s.current.evaluation);
  const b = useApp((s) => s.comparison?.evaluation);
  const available = (figure: KeyFigure | undefined): figure is KeyFigure => figure !== undefined && figureValue(a, figure.path) !== undefined;
  const pairs = FIGURE_PAIRS.filter((pair) => available(pair.orbital) || available(pair.ground));
  const singles = ORBIT_FIGURES.filter(available);
  return (
    <section className="panel figures" aria-labelledby="figures-title">
      <h2 id="figures-title">Key figures</h2>
      {!b && (
        <table className="orbit-vs-ground">
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">orbital</th>
              <th scope="col">ground</th>
            </tr>
          </thead>
          <tbody>
            {pairs.map((pair) => (
              <tr key={pair.label}>
                <th scope="row">{pair.label}</th>
                {pair.orbital ? <Value evaluation={a} figure={pair.orbital} tagged /> : <td />}
                {pair.ground ? <Value evaluation={a} figure={pair.ground} tagged /> : <td />}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <table className="singles">
        {b && (
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">A (editing)</th>
              <th scope="col">B (pinned)</th>
              <th scope="col">A vs B</th>
            </tr>
          </thead>
        )}
        <tbody>
          {b && <FigureRows figures={pairs.flatMap((pair) => [pair.orbital, pair.ground].filter(available))} a={a} b={b} />}
          <FigureRows figures={singles} a={a} b={b} />
          <tr>
            <th scope="row" title="delivered.bindingConstraint">
              Binding constraint
            </th>
            <td data-testid="figure-binding-constraint">{a.delivered.bindingConstraint}</td>
            {b && <td>{b.delivered.bindingConstraint}</td>}
            {b && <td />}
          </tr>
        </tbody>
      </table>
      <details className="all-results">
        <summary>All results (the keys of solstice eval --json)</summary>
        <table>
          <tbody>
            {numericLeaves(a).map(([path, value]) => (
              <tr key={path}>
                <th scope="row">{path}</th>
                <td className="num" data-key={path} data-value={String(value)}>
                  {Number.isInteger(value) ? value.toLocaleString('en-US') : value.toPrecision(6)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
