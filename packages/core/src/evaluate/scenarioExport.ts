import { SECONDS_PER_DAY } from '../constants.ts';
import { clusterFormationDesign, formationEpoch } from '../resolve/formation.ts';
import { formationCzml } from '../formation/czml.ts';
import { formationTles, type Tle } from '../formation/tle.ts';
import { scenarioClusterNetworkInput } from '../resolve/links.ts';
import type { Scenario } from '../scenario/schema.ts';
import { formationGroundTrack } from '../exchange/groundTrack.ts';
import { formationOem } from '../exchange/oem.ts';
import { formationOmms, formatOmmKvn } from '../exchange/omm.ts';

/** The export files Solstice writes, one per format. */
export const EXPORT_FORMATS = {
  tle: { label: 'TLE (SGP4, TEME)', extension: 'tle', mimeType: 'text/plain' },
  'omm-json': { label: 'OMM, CelesTrak JSON (TEME)', extension: 'omm.json', mimeType: 'application/json' },
  'omm-kvn': { label: 'OMM, CCSDS KVN (TEME)', extension: 'omm', mimeType: 'text/plain' },
  oem: { label: 'CCSDS OEM ephemeris (EME2000)', extension: 'oem', mimeType: 'text/plain' },
  czml: { label: 'CZML for Cesium', extension: 'czml', mimeType: 'application/json' },
  geojson: { label: 'GeoJSON ground track', extension: 'geojson', mimeType: 'application/geo+json' },
} as const;

/** One of `EXPORT_FORMATS`. */
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** Options of `scenarioExportText`; every field has the CLI's default. */
export interface ScenarioExportOptions {
  /** Epoch, Unix s (default `orbit.epoch`, else 1 January of `year`). */
  readonly epochUnixS?: number | undefined;
  /** CREATION_DATE of the OEM and the KVN OMM, Unix s (the caller's clock; required by those two). */
  readonly creationDateUnixS?: number;
  /** OEM span, days (default 1). */
  readonly days?: number;
  /** Sample spacing, s (default 60 for OEM and CZML, 30 for the ground track). */
  readonly stepS?: number;
  /** CZML and ground-track span, orbits (default 1). */
  readonly orbits?: number;
  /** CCSDS_OEM_VERS (default 3.0). */
  readonly oemVersion?: '2.0' | '3.0';
  /** Draw the links in the CZML (default true). */
  readonly links?: boolean;
}

/** TLEs as the three-line text every SGP4 tool reads (name, line 1, line 2). */
export function formatTleText(tles: readonly Tle[]): string {
  return `${tles.map((tle) => `${tle.name}\n${tle.line1}\n${tle.line2}`).join('\n')}\n`;
}

/**
 * The text of one export file of a validated scenario, as `solstice <format>`
 * writes it: the CLI and the app both call this, so their files are
 * byte-identical for the same options (the OEM's and KVN OMM's CREATION_DATE
 * is the caller's clock, so pass the same `creationDateUnixS` to compare).
 * @throws RangeError when an OEM or KVN OMM is asked for without `creationDateUnixS`
 */
export function scenarioExportText(scenario: Scenario, format: ExportFormat, options: ScenarioExportOptions = {}): string {
  const design = clusterFormationDesign(scenario);
  const epoch = options.epochUnixS === undefined ? formationEpoch(scenario, design) : formationEpoch(scenario, design, options.epochUnixS);
  const base = scenario.cluster.tleCatalogNumberBase;
  const name = scenario.name ?? 'Solstice cluster';
  const creationDate = (): number => {
    if (options.creationDateUnixS === undefined) throw new RangeError(`${format}: creationDateUnixS is required (CREATION_DATE)`);
    return options.creationDateUnixS;
  };
  switch (format) {
    case 'tle':
      return formatTleText(formationTles(design, epoch, base));
    case 'omm-json':
      return `${JSON.stringify(formationOmms(design, epoch, base), null, 2)}\n`;
    case 'omm-kvn':
      return formatOmmKvn(formationOmms(design, epoch, base), creationDate());
    case 'oem':
      return formationOem(design, epoch, {
        durationS: (options.days ?? 1) * SECONDS_PER_DAY,
        stepS: options.stepS ?? 60,
        creationDateUnixS: creationDate(),
        catalogNumberBase: base,
        ...(options.oemVersion ? { version: options.oemVersion } : {}),
        ...(scenario.name === undefined ? {} : { scenarioName: scenario.name }),
      });
    case 'czml': {
      const network = options.links === false ? undefined : scenarioClusterNetworkInput(scenario);
      const document = formationCzml(design, epoch, {
        orbits: options.orbits ?? 1,
        stepS: options.stepS ?? 60,
        name,
        ...(network ? { links: { graph: network.graph, link: network.link, plan: network.plan } } : {}),
      });
      return `${JSON.stringify(document)}\n`;
    }
    case 'geojson':
      return `${JSON.stringify(formationGroundTrack(design, epoch, { orbits: options.orbits ?? 1, stepS: options.stepS ?? 30, name }))}\n`;
  }
}
