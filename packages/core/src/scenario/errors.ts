/** One problem with a scenario: where it is and what is wrong. */
export interface ScenarioProblem {
  /** Dotted field path (`orbit.altitudeKm`), or `scenario` for the document itself. */
  readonly path: string;
  /** What is wrong, naming the value and the allowed range or type. */
  readonly message: string;
}

/** Formats a path of keys and indices as `orbit.altitudeKm` or `table[2].year`. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'scenario';
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? String(segment) : `.${String(segment)}`;
  }
  return text;
}

/**
 * A scenario was refused. `problems` lists every problem found, one per line
 * in `message`, so a user can fix them all in one pass.
 */
export class ScenarioError extends Error {
  readonly problems: readonly ScenarioProblem[];

  constructor(problems: readonly ScenarioProblem[]) {
    super(problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n'));
    this.name = 'ScenarioError';
    this.problems = problems;
  }
}
