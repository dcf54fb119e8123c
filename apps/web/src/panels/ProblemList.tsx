import type { ScenarioProblem } from '@solstice/core';

/** The schema's messages, one per field path, as a list (refused imports and sweep summaries). */
export function ProblemList({ problems }: { readonly problems: readonly ScenarioProblem[] }) {
  return (
    <ul>
      {problems.map((p, k) => (
        <li key={k}>
          <code>{p.path}</code>: {p.message}
        </li>
      ))}
    </ul>
  );
}
