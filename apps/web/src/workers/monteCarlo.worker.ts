import { monteCarloOptionsOf, monteCarloTable, projectEconomics, safeValidateScenario, uncertainInputsOf } from '@solstice/core';
import type { MonteCarloRequest, MonteCarloResponse } from './monteCarloProtocol.ts';

/**
 * Monte Carlo off the main thread: the scenario's own uncertainty settings
 * (samples, seed, method, input distributions), each sample projected with
 * core's `projectEconomics`, summarised by core's `monteCarloTable`, the same
 * functions `solstice project --samples` uses.
 */
self.onmessage = (event: MessageEvent<MonteCarloRequest>) => {
  const { id, raw, years } = event.data;
  const reply = (message: MonteCarloResponse) => self.postMessage(message);
  const validation = safeValidateScenario(raw);
  if (!validation.ok) {
    reply({ id, ok: false, error: validation.problems.map((p) => `${p.path}: ${p.message}`).join('; ') });
    return;
  }
  try {
    const scenario = validation.scenario;
    const options = monteCarloOptionsOf(scenario);
    const rows = monteCarloTable(scenario, (s) => projectEconomics(s, years), ['year'], options);
    reply({ id, ok: true, rows: rows as Readonly<Record<string, number | null>>[], samples: options.samples, inputs: uncertainInputsOf(scenario).length });
  } catch (error) {
    reply({ id, ok: false, error: (error as Error).message });
  }
};
