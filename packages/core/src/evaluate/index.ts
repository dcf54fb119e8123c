import type { Scenario } from '../scenario/schema.ts';
import { evaluateEconomics, type EconomicsEvaluation } from './economics.ts';
import { evaluateOrbit, type OrbitEvaluation } from './orbit.ts';

/**
 * Everything Solstice computes for one scenario: plain data that the CLI prints
 * (`solstice eval --json`), the app draws and tests check. Each block comes
 * from one domain evaluator; the JSON keys are a public contract (README).
 */
export interface Evaluation {
  readonly scenario: { readonly name: string | undefined; readonly year: number };
  readonly orbit: OrbitEvaluation;
  readonly economics: EconomicsEvaluation;
}

/** Evaluates a validated scenario. Pure: the same scenario always gives the same result. */
export function evaluateScenario(scenario: Scenario): Evaluation {
  return {
    scenario: { name: scenario.name, year: scenario.year },
    orbit: evaluateOrbit(scenario),
    economics: evaluateEconomics(scenario),
  };
}

export type { EconomicsEvaluation, OrbitEvaluation };
