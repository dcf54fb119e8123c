import { ProblemList } from './ProblemList.tsx';
import { useApp, useAppStoreApi } from '../store/useApp.ts';

/** The schema's messages for a refused import; the scenario shown is still the previous one. */
export function ImportProblems() {
  const store = useAppStoreApi();
  const problems = useApp((s) => s.importProblems);
  if (!problems) return null;
  return (
    <div className="import-problems" role="alert" data-testid="import-error">
      <p>Not imported; the current scenario is unchanged.</p>
      <ProblemList problems={problems} />
      <button type="button" onClick={() => store.getState().dismissImportProblems()}>
        Dismiss
      </button>
    </div>
  );
}
