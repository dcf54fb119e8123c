import { monteCarloOptionsOf, monteCarloTable, projectEconomics, uncertainInputsOf } from '@solstice/core';
import { answerScenarioRequests } from './answerScenarioRequests.ts';
import type { MonteCarloRequest, MonteCarloResponse } from './monteCarloProtocol.ts';

/**
 * Monte Carlo off the main thread: the scenario's own uncertainty settings
 * (samples, seed, method, input distributions), each sample projected with
 * core's `projectEconomics`, summarised by core's `monteCarloTable`, the same
 * functions `solstice project --samples` uses.
 */
answerScenarioRequests<MonteCarloRequest, MonteCarloResponse>((scenario, { years }) => {
  const options = monteCarloOptionsOf(scenario);
  const rows = monteCarloTable(scenario, (s) => projectEconomics(s, years), ['year'], options);
  return { rows: rows as Readonly<Record<string, number | null>>[], samples: options.samples, inputs: uncertainInputsOf(scenario).length };
});
