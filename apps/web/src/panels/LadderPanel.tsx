import { useEffect, useMemo, useState } from 'react';
import { ladderToViability } from '@solstice/core';
import { useApp } from '../store/useApp.ts';

const number = (value: number) => value.toLocaleString('en-US', { maximumSignificantDigits: 4 });
/** Milliseconds between rungs while playing. */
const STEP_MS = 700;

/** The ladder's rungs, revealed one at a time (solved only while the panel is open). */
function Rungs() {
  const scenario = useApp((s) => s.current.scenario);
  const ladder = useMemo(() => ladderToViability(scenario), [scenario]);
  const [shown, setShown] = useState(1);
  const [playing, setPlaying] = useState(false);
  useEffect(() => setShown(1), [ladder]);
  useEffect(() => {
    if (!playing) return undefined;
    if (shown >= ladder.rows.length) {
      setPlaying(false);
      return undefined;
    }
    const timer = setTimeout(() => setShown((n) => n + 1), STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, shown, ladder.rows.length]);
  const last = ladder.rows[shown - 1]!;
  return (
    <>
      <div role="group" aria-label="Ladder steps" className="ladder-steps">
        <button type="button" onClick={() => (shown >= ladder.rows.length ? (setShown(1), setPlaying(true)) : setPlaying(!playing))}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" disabled={shown >= ladder.rows.length} onClick={() => setShown((n) => Math.min(ladder.rows.length, n + 1))}>
          Next rung
        </button>
        <button type="button" onClick={() => setShown(ladder.rows.length)}>
          All
        </button>
      </div>
      <table data-testid="ladder">
        <thead>
          <tr>
            <th scope="col">lever</th>
            <th scope="col">to</th>
            <th scope="col" title="per EFLOP whose results reach Earth (divided by the downlink factor)">orbit USD/EFLOP</th>
            <th scope="col">orbit/ground</th>
          </tr>
        </thead>
        <tbody>
          {ladder.rows.slice(0, shown).map((row) => (
            <tr key={row.lever ?? 'as-given'} title={row.inert ?? row.boundNote ?? ''}>
              <th scope="row">{row.label}</th>
              <td className="num">{row.toValue === undefined ? '–' : `${typeof row.toValue === 'number' ? number(row.toValue) : row.toValue}${row.inert ? ' (no effect)' : ''}`}</td>
              <td className="num">{number(row.orbitalUsdPerDeliveredEflop)}</td>
              <td className="num" data-ratio={String(row.orbitToGroundDeliveredCostRatio)}>
                {row.orbitToGroundDeliveredCostRatio.toFixed(2)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="unit">
        {last.orbitToGroundDeliveredCostRatio <= 1 ? 'Orbit costs no more than ground here.' : `Orbit ${number(last.orbitToGroundDeliveredCostRatio)}x ground so far.`}
      </p>
    </>
  );
}

/** The ladder to viability (solstice ladder): levers to their aggressive bounds, one after another. */
export function LadderPanel() {
  const [open, setOpen] = useState(false);
  return (
    <section className="panel" aria-labelledby="ladder-title">
      <details onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          <h2 id="ladder-title" style={{ display: 'inline' }}>
            Ladder to viability
          </h2>
        </summary>
        <p className="unit">Each lever to its aggressive bound, cumulative, in the scenario's year (docs/ladder.md).</p>
        {open && <Rungs />}
      </details>
    </section>
  );
}
