import { evaluateScenario, validateScenario } from '@solstice/core';
import baseline from '../../../scenarios/suncatcher.json' with { type: 'json' };

const usd = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** First page: the baseline scenario's key figures, computed by @solstice/core. */
export function App() {
  const scenario = validateScenario(baseline);
  const { orbit, economics } = evaluateScenario(scenario);
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 720, margin: '2rem auto', lineHeight: 1.5 }}>
      <h1>Solstice</h1>
      <p>{scenario.name} ({scenario.year})</p>
      <table>
        <tbody>
          <tr><th align="left">Orbital launched power</th><td data-testid="orbital-usd-per-kw-year">{usd.format(economics.launchedPowerUsdPerKwYear)} USD/kW/year</td></tr>
          <tr><th align="left">Ground electricity</th><td data-testid="ground-usd-per-kw-year">{usd.format(economics.groundPowerUsdPerKwYear)} USD/kW/year</td></tr>
          <tr><th align="left">Launch price</th><td>{usd.format(economics.launchPriceUsdPerKg)} USD/kg</td></tr>
          <tr><th align="left">Orbit</th><td>{(orbit.altitudeM / 1000).toFixed(0)} km, {orbit.inclinationDeg.toFixed(2)} deg, {(orbit.periodS / 60).toFixed(1)} min</td></tr>
          <tr><th align="left">Sunlit fraction</th><td>{(orbit.sunlitFraction * 100).toFixed(1)} %</td></tr>
        </tbody>
      </table>
    </main>
  );
}
