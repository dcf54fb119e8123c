import { loadQuantityUnits, missedQuantityConversions } from '@solstice/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { BASELINE } from './presets.ts';
import { decodeScenarioFragment } from './share.ts';
import { createAppStore } from './store/appStore.ts';
import { caseFromText, caseFromValue } from './store/scenarioSlice.ts';
import { StoreContext } from './store/useApp.ts';
import { parseViewParams } from './store/viewSlice.ts';
import './styles.css';

/** A shared link's scenario; one holding a quantity string ("0.8 Mm") waits for the unit library, which loads only then. */
async function caseFromLinkText(text: string) {
  const missedBefore = missedQuantityConversions();
  const result = caseFromText(text);
  if (result.ok || missedQuantityConversions() === missedBefore) return result;
  await loadQuantityUnits();
  return caseFromText(text);
}

const baseline = caseFromValue(BASELINE);
if (!baseline.ok) throw new Error(`the bundled baseline scenario is invalid: ${baseline.problems[0]?.message}`);

// A shared link carries its scenario in the fragment; a damaged or invalid one opens the baseline and says why.
const shared = decodeScenarioFragment(location.hash);
const fromLink = shared && 'text' in shared ? await caseFromLinkText(shared.text) : undefined;
const store = createAppStore({
  scenario: fromLink?.ok ? fromLink.value : baseline.value,
  view: parseViewParams(location.search),
  reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
  // The eclipse season of a dawn-dusk orbit lies around the June solstice; open on 1 January at 00:00.
  timeS: 0,
});
if (shared && 'error' in shared) store.setState({ importProblems: [{ path: 'link', message: shared.error }] });
else if (fromLink && !fromLink.ok) store.setState({ importProblems: fromLink.problems.map((p) => ({ path: p.path, message: `shared link: ${p.message}` })) });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreContext value={store}>
      <App />
    </StoreContext>
  </StrictMode>,
);
