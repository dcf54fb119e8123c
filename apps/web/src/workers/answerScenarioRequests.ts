import { safeValidateScenario, type Scenario } from '@solstice/core';

/** What a scenario worker is asked: a request number and the scenario as the editor holds it. */
export interface ScenarioWorkerRequest {
  readonly id: number;
  readonly raw: unknown;
}

/**
 * Installs a worker's message handler: validates the request's scenario once
 * (core's schema), runs `answer` on it and replies with the request's `id`;
 * a validation problem or a thrown error becomes `{ id, ok: false, error }`.
 * The Monte Carlo and sensitivity workers differ only in `answer`.
 */
export function answerScenarioRequests<
  Request extends ScenarioWorkerRequest,
  Response extends { readonly id: number; readonly ok: boolean; readonly error?: string },
>(answer: (scenario: Scenario, request: Request) => Omit<Extract<Response, { ok: true }>, 'id' | 'ok'>): void {
  const reply = (message: Response) => self.postMessage(message);
  const refuse = (id: number, error: string) => reply({ id, ok: false, error } as unknown as Response);
  self.onmessage = (event: MessageEvent<Request>) => {
    const { id, raw } = event.data;
    const validation = safeValidateScenario(raw);
    if (!validation.ok) {
      refuse(id, validation.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
      return;
    }
    try {
      reply({ id, ok: true, ...answer(validation.scenario, event.data) } as unknown as Response);
    } catch (error) {
      refuse(id, (error as Error).message);
    }
  };
}
