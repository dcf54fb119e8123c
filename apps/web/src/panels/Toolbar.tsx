import { useRef, useState } from 'react';
import { downloadBlob, downloadText, slugify } from '../download.ts';
import { PRESETS } from '../presets.ts';
import { encodeScenarioFragment } from '../share.ts';
import { useApp, useAppStoreApi } from '../store/useApp.ts';
import { ExportMenu } from './ExportMenu.tsx';

/** Reads a dropped or picked file and imports it; a bad file leaves the scenario as it was. */
export async function importFile(file: File, importText: (text: string, source: string) => boolean): Promise<void> {
  importText(await file.text(), file.name);
}

/** Open, save, share and compare scenarios; save a PNG of the scene; export the orbit files. */
export function Toolbar() {
  const store = useAppStoreApi();
  const name = useApp((s) => s.current.scenario.name);
  const comparing = useApp((s) => s.comparison !== null);
  const picker = useRef<HTMLInputElement>(null);
  const summaryPicker = useRef<HTMLInputElement>(null);
  const [shareUrl, setShareUrl] = useState('');
  const share = () => {
    const url = `${location.origin}${location.pathname}${location.search}${encodeScenarioFragment(store.getState().current.raw)}`;
    history.replaceState(null, '', url);
    setShareUrl(url);
    navigator.clipboard?.writeText(url).catch(() => undefined);
  };
  const savePng = () => {
    const canvas = document.querySelector<HTMLCanvasElement>('.scene canvas');
    canvas?.toBlob((blob) => blob && downloadBlob(`${slugify(name)}.png`, blob), 'image/png');
  };
  return (
    <nav className="toolbar" aria-label="Scenario files">
      <label>
        preset
        <select
          defaultValue=""
          data-testid="preset"
          onChange={(e) => {
            const preset = PRESETS.find((p) => p.file === e.target.value);
            if (preset) store.getState().importScenarioValue(preset.raw, preset.file);
          }}
        >
          <option value="" disabled>
            choose…
          </option>
          {PRESETS.map((p) => (
            <option key={p.file} value={p.file}>
              {p.file}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => picker.current?.click()}>
        Open JSON…
      </button>
      <input
        ref={picker}
        type="file"
        accept="application/json,.json"
        hidden
        data-testid="import-file"
        aria-label="Scenario file to open"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void importFile(file, store.getState().importScenarioText);
          e.target.value = '';
        }}
      />
      <button type="button" onClick={() => summaryPicker.current?.click()}>
        Open sweep summary…
      </button>
      <input
        ref={summaryPicker}
        type="file"
        accept="application/json,.json"
        hidden
        data-testid="import-sweep-summary"
        aria-label="Sweep summary file to open (solstice query RUN_DIR --summary)"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void importFile(file, store.getState().openSweepSummaryText);
          e.target.value = '';
        }}
      />
      <button type="button" onClick={() => downloadText(`${slugify(name)}.json`, `${JSON.stringify(store.getState().current.raw, null, 2)}\n`, 'application/json')}>
        Save JSON
      </button>
      <button type="button" onClick={share} data-testid="share">
        Share link
      </button>
      <button type="button" onClick={savePng}>
        Save PNG
      </button>
      <ExportMenu />
      {comparing ? (
        <>
          <button type="button" onClick={() => store.getState().swapComparison()}>
            Swap A/B
          </button>
          <button type="button" onClick={() => store.getState().clearComparison()}>
            End comparison
          </button>
        </>
      ) : (
        <button type="button" onClick={() => store.getState().setComparison()} data-testid="compare">
          Compare: pin as B
        </button>
      )}
      {shareUrl && <input className="share-url" readOnly value={shareUrl} aria-label="Shareable link" data-testid="share-url" onFocus={(e) => e.target.select()} />}
    </nav>
  );
}
