import { EXPORT_FORMATS, scenarioExportText, type ExportFormat, type Scenario } from '@solstice/core';
import { slugify } from './slug.ts';

/** One export file as the app offers it: core's text (the CLI's bytes), a file name and a MIME type. */
export interface ExportFile {
  readonly filename: string;
  readonly text: string;
  readonly mimeType: string;
}

/**
 * The file `solstice <format>` writes for this scenario with its default
 * options, from the same core function (`scenarioExportText`), so the two are
 * byte-identical; the OEM's and KVN OMM's CREATION_DATE is `nowUnixS`.
 */
export function exportFile(scenario: Scenario, format: ExportFormat, nowUnixS: number): ExportFile {
  const kind = EXPORT_FORMATS[format];
  return {
    filename: `${slugify(scenario.name)}.${kind.extension}`,
    text: scenarioExportText(scenario, format, { creationDateUnixS: nowUnixS }),
    mimeType: kind.mimeType,
  };
}
