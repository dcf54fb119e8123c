import { lazy, Suspense, useEffect, type DragEvent } from 'react';
import { installKeyboard } from './keyboard.ts';
import { ImportProblems } from './panels/ImportProblems.tsx';
import { KeyFigures } from './panels/KeyFigures.tsx';
import { WhatWouldItTake } from './panels/WhatWouldItTake.tsx';
import { LadderPanel } from './panels/LadderPanel.tsx';
import { ScenarioEditor } from './panels/ScenarioEditor.tsx';
import { SceneLegend } from './panels/SceneLegend.tsx';
import { StatsOverlay } from './panels/StatsOverlay.tsx';
import { SweepSummaryPanel } from './panels/SweepSummaryPanel.tsx';
import { TimeControls } from './panels/TimeControls.tsx';
import { importFile, Toolbar } from './panels/Toolbar.tsx';
import { useApp, useAppStoreApi } from './store/useApp.ts';

// three.js, react-three-fiber and the charts load after the first paint.
const Scene = lazy(() => import('./scene/Scene.tsx'));
const Charts = lazy(() => import('./charts/Charts.tsx'));

/** The app: toolbar, editor, 3D view with time controls, key figures and charts. */
export function App() {
  const store = useAppStoreApi();
  const stats = useApp((s) => s.stats);
  const name = useApp((s) => s.current.scenario.name);
  const year = useApp((s) => s.current.scenario.year);
  useEffect(() => installKeyboard(store), [store]);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    const file = event.dataTransfer.files[0];
    if (file) void importFile(file, store.getState().openJsonText);
  };
  return (
    <div className="app" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <header>
        <h1>Solstice</h1>
        <p className="subtitle" data-testid="scenario-name">
          {name ?? 'unnamed scenario'} · {year}
        </p>
        <Toolbar />
      </header>
      <ImportProblems />
      <aside className="left">
        <ScenarioEditor />
      </aside>
      <main>
        <div className="scene" data-testid="scene">
          <Suspense fallback={<p className="loading">Loading the 3D view…</p>}>
            <Scene />
          </Suspense>
          <SceneLegend />
          {stats && <StatsOverlay />}
        </div>
        <TimeControls />
        <Suspense fallback={<p className="loading">Loading charts…</p>}>
          <Charts />
        </Suspense>
        <SweepSummaryPanel />
      </main>
      <aside className="right">
        <KeyFigures />
        <WhatWouldItTake />
        <LadderPanel />
      </aside>
    </div>
  );
}
