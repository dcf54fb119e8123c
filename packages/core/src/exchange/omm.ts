import { SECONDS_PER_DAY } from '../constants.ts';
import type { FormationDesign } from '../formation/design.ts';
import type { FormationEpoch } from '../formation/ephemeris.ts';
import { formationSgp4Elements, type OrbitalElements } from '../formation/tle.ts';
import { DEG_PER_RAD } from '../math.ts';
import { isoUtc } from '../orbit/epoch.ts';

/**
 * One Orbit Mean-elements Message in the JSON form CelesTrak publishes
 * (CCSDS 502.0-B-3 section 4 keywords; celestrak.org/NORAD/documentation/gp-data-formats.php):
 * SGP4 mean elements in TEME of the epoch, UTC, angles in degrees, mean
 * motion in rev/day. The keys and their order are CelesTrak's. A type
 * alias, not an interface, so it is assignable to satellite.js's `OMMJsonObject`.
 */
export type OmmJson = {
  readonly OBJECT_NAME: string;
  readonly OBJECT_ID: string;
  readonly EPOCH: string;
  readonly MEAN_MOTION: number;
  readonly ECCENTRICITY: number;
  readonly INCLINATION: number;
  readonly RA_OF_ASC_NODE: number;
  readonly ARG_OF_PERICENTER: number;
  readonly MEAN_ANOMALY: number;
  readonly EPHEMERIS_TYPE: 0;
  readonly CLASSIFICATION_TYPE: 'U';
  readonly NORAD_CAT_ID: number;
  readonly ELEMENT_SET_NO: 999;
  readonly REV_AT_EPOCH: 0;
  readonly BSTAR: 0;
  readonly MEAN_MOTION_DOT: 0;
  readonly MEAN_MOTION_DDOT: 0;
};

/** Degrees in [0, 360). */
function degrees360(angleRad: number): number {
  const deg = (angleRad * DEG_PER_RAD) % 360;
  return deg < 0 ? deg + 360 : deg;
}

/**
 * Elements as a CelesTrak-style OMM JSON object, at full double precision
 * (the TLE rounds angles to 1e-4 deg and mean motion to 1e-8 rev/day; see
 * `tleQuantisationBoundM`). Drag terms zero, element set 999, revolution 0.
 * @param epochUnixS epoch, Unix s (UTC), written with microseconds
 */
export function formatOmmJson(name: string, catalogNumber: number, epochUnixS: number, elements: OrbitalElements): OmmJson {
  return {
    OBJECT_NAME: name,
    OBJECT_ID: String(catalogNumber),
    EPOCH: isoUtc(epochUnixS, 6),
    MEAN_MOTION: (elements.meanMotionRadPerS * SECONDS_PER_DAY) / (2 * Math.PI),
    ECCENTRICITY: elements.eccentricity,
    INCLINATION: elements.inclinationRad * DEG_PER_RAD,
    RA_OF_ASC_NODE: degrees360(elements.raanRad),
    ARG_OF_PERICENTER: degrees360(elements.argumentOfPerigeeRad),
    MEAN_ANOMALY: degrees360(elements.meanAnomalyRad),
    EPHEMERIS_TYPE: 0,
    CLASSIFICATION_TYPE: 'U',
    NORAD_CAT_ID: catalogNumber,
    ELEMENT_SET_NO: 999,
    REV_AT_EPOCH: 0,
    BSTAR: 0,
    MEAN_MOTION_DOT: 0,
    MEAN_MOTION_DDOT: 0,
  };
}

/**
 * The OMMs of the reference (catalogue number `base`) and every satellite
 * (base + 1 + k): the same elements as `formationTles`
 * (`formationSgp4Elements`, TEME), unrounded.
 */
export function formationOmms(design: FormationDesign, epoch: FormationEpoch, catalogNumberBase: number, namePrefix = 'SOLSTICE'): OmmJson[] {
  return formationSgp4Elements(design, epoch, catalogNumberBase, namePrefix).map((item) =>
    formatOmmJson(item.name, item.catalogNumber, epoch.epochUnixS, item.elements),
  );
}

/**
 * The same OMMs in the KVN form of CCSDS 502.0-B-3 (section 4.2, Table 4-1 to
 * 4-3): one message per object, separated by a blank line, with the
 * metadata CelesTrak's JSON leaves implicit (CENTER_NAME EARTH, REF_FRAME
 * TEME, TIME_SYSTEM UTC, MEAN_ELEMENT_THEORY SGP4).
 * @param creationDateUnixS CREATION_DATE, Unix s (the caller's clock)
 */
export function formatOmmKvn(omms: readonly OmmJson[], creationDateUnixS: number): string {
  const messages = omms.map((omm) =>
    [
      'CCSDS_OMM_VERS = 3.0',
      `CREATION_DATE = ${isoUtc(creationDateUnixS, 3)}`,
      'ORIGINATOR = SOLSTICE',
      '',
      `OBJECT_NAME = ${omm.OBJECT_NAME}`,
      `OBJECT_ID = ${omm.OBJECT_ID}`,
      'CENTER_NAME = EARTH',
      'REF_FRAME = TEME',
      'TIME_SYSTEM = UTC',
      'MEAN_ELEMENT_THEORY = SGP4',
      '',
      `EPOCH = ${omm.EPOCH}`,
      `MEAN_MOTION = ${omm.MEAN_MOTION}`,
      `ECCENTRICITY = ${omm.ECCENTRICITY}`,
      `INCLINATION = ${omm.INCLINATION}`,
      `RA_OF_ASC_NODE = ${omm.RA_OF_ASC_NODE}`,
      `ARG_OF_PERICENTER = ${omm.ARG_OF_PERICENTER}`,
      `MEAN_ANOMALY = ${omm.MEAN_ANOMALY}`,
      '',
      `EPHEMERIS_TYPE = ${omm.EPHEMERIS_TYPE}`,
      `CLASSIFICATION_TYPE = ${omm.CLASSIFICATION_TYPE}`,
      `NORAD_CAT_ID = ${omm.NORAD_CAT_ID}`,
      `ELEMENT_SET_NO = ${omm.ELEMENT_SET_NO}`,
      `REV_AT_EPOCH = ${omm.REV_AT_EPOCH}`,
      `BSTAR = ${omm.BSTAR}`,
      `MEAN_MOTION_DOT = ${omm.MEAN_MOTION_DOT}`,
      `MEAN_MOTION_DDOT = ${omm.MEAN_MOTION_DDOT}`,
    ].join('\n'),
  );
  return `${messages.join('\n\n')}\n`;
}
