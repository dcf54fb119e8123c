import { useMemo, useState } from 'react';
import { scenarioNumberAt, whatWouldItTake } from '@solstice/core';
import { useApp } from '../store/useApp.ts';

/** Labels of the key inputs `whatWouldItTake` solves for. */
const LABELS: Readonly<Record<string, string>> = {
  'launch.priceUsdPerKg': 'Launch price, USD/kg',
  'economics.satelliteHardwareUsdPerKg': 'Satellite hardware, USD/kg',
  'compute.failureRatePerYear': 'Chip failure rate, 1/year',
  'ground.electricityUsdPerKwh': 'Electricity price, USD/kWh',
  'satellite.lifetimeYears': 'Satellite lifetime, years',
};

const number = (value: number) => value.toLocaleString('en-US', { maximumSignificantDigits: 4 });

/** The table, solved only while the panel is open (a few hundred ms per scenario). */
function Solutions() {
  const scenario = useApp((s) => s.current.scenario);
  const launchPrice = useApp((s) => s.current.evaluation.economics.launchPriceUsdPerKg);
  const solutions = useMemo(() => whatWouldItTake(scenario), [scenario]);
  return (
    <table data-testid="what-would-it-take">
      <thead>
        <tr>
          <th scope="col">input</th>
          <th scope="col">now</th>
          <th scope="col">break-even in {scenario.year}</th>
        </tr>
      </thead>
      <tbody>
        {solutions.map((solution) => {
          const now = scenarioNumberAt(scenario, solution.path) ?? (solution.path === 'launch.priceUsdPerKg' ? launchPrice : undefined);
          return (
            <tr key={solution.path}>
              <th scope="row" title={solution.path}>
                {LABELS[solution.path] ?? solution.path}
              </th>
              <td className="num">{now === undefined ? '–' : number(now)}</td>
              <td className="num" data-path={solution.path} data-value={solution.found ? String(solution.value) : ''}>
                {solution.found ? number(solution.value) : `none (${solution.cheaperSide} stays cheaper)`}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** "What would it take": for each key input, the value at which orbit costs the same as ground in the scenario's year. */
export function WhatWouldItTake() {
  const [open, setOpen] = useState(false);
  return (
    <section className="panel" aria-labelledby="what-title">
      <details onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          <h2 id="what-title" style={{ display: 'inline' }}>
            What would it take
          </h2>
        </summary>
        <p className="unit">Each input alone, the others as set; equal cost per delivered kW-year (solstice solve).</p>
        {open && <Solutions />}
      </details>
    </section>
  );
}
