import { EXPORT_FORMATS, type ExportFormat } from '@solstice/core';
import { downloadText } from '../download.ts';
import { exportFile } from '../exportFile.ts';
import { useAppStoreApi } from '../store/useApp.ts';

/** Export menu: TLE, OMM, OEM, CZML and GeoJSON of the current scenario, the CLI's files (docs/interop.md). */
export function ExportMenu() {
  const store = useAppStoreApi();
  return (
    <label>
      export
      <select
        value=""
        data-testid="export-format"
        onChange={(e) => {
          const format = e.target.value as ExportFormat;
          if (!(format in EXPORT_FORMATS)) return;
          const file = exportFile(store.getState().current.scenario, format, Date.now() / 1_000);
          downloadText(file.filename, file.text, file.mimeType);
        }}
      >
        <option value="" disabled>
          file…
        </option>
        {(Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((format) => (
          <option key={format} value={format}>
            {EXPORT_FORMATS[format].label}
          </option>
        ))}
      </select>
    </label>
  );
}
