/**
 * Epochs at the edges: ISO-8601 text in, Unix seconds (UTC) inside core,
 * ISO-8601 text out. Unix time counts no leap seconds, so a span that crosses
 * one is off by that second; none is scheduled (IERS Bulletin C).
 */

/** ISO-8601 date (2035-03-20) or UTC/offset date-time (2035-03-20T06:00:00Z, 2035-03-20T06:00:00.5+02:00). */
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Earliest and latest epochs accepted, Unix s (1957-10-04, Sputnik 1, to 2100-12-31): the range TLE years and the Sun model cover. */
export const EPOCH_RANGE_UNIX_S = { min: Date.UTC(1957, 9, 4) / 1_000, max: Date.UTC(2100, 11, 31, 23, 59, 59) / 1_000 } as const;

/**
 * Unix time of 1 January 00:00 UTC of a year: the default epoch of a
 * scenario year (formation, downlink, the app's clock) and the start of the
 * Sun table.
 * @param year Gregorian year
 * @returns s
 */
export function yearStartUnixS(year: number): number {
  return Date.UTC(year, 0, 1) / 1_000;
}

/**
 * Parses an ISO-8601 date or date-time as Unix seconds. A date-time without
 * an offset is read as UTC (the time system of every Solstice export).
 * @param text e.g. "2035-03-20", "2035-03-20T06:00:00Z"
 * @param field the name reported in the error (a scenario path or a CLI option)
 * @throws RangeError naming the field, the value and the accepted form and range
 */
export function parseEpochUnixS(text: string, field = 'epoch'): number {
  const match = ISO_8601.exec(text.trim());
  const fail = (why: string) =>
    new RangeError(`${field}: "${text}" ${why} (expected ISO-8601 such as 2035-03-20 or 2035-03-20T06:00:00Z, 1957-10-04 to 2100-12-31)`);
  if (!match) throw fail('is not an ISO-8601 date or date-time');
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', zone = 'Z'] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    throw fail('is not a calendar date and time');
  }
  let offsetS = 0;
  if (zone !== 'Z') {
    const digits = zone.replace(':', '');
    const sign = digits.startsWith('-') ? -1 : 1;
    offsetS = sign * (Number(digits.slice(1, 3)) * 3_600 + Number(digits.slice(3, 5)) * 60);
  }
  const unixS = ms / 1_000 + (frac ? Number(`0.${frac}`) : 0) - offsetS;
  if (unixS < EPOCH_RANGE_UNIX_S.min || unixS > EPOCH_RANGE_UNIX_S.max) throw fail('is outside the accepted range');
  return unixS;
}

/**
 * Unix seconds as ISO-8601 UTC without the zone letter, with `decimals`
 * digits of seconds (0 to 6): "2035-01-01T00:00:00.000000", the form of
 * CCSDS epochs (502.0-B-3 section 7.5.10, TIME_SYSTEM UTC) and CelesTrak OMM.
 */
export function isoUtc(unixS: number, decimals = 3): string {
  let whole = Math.floor(unixS);
  let digits = Math.round((unixS - whole) * 10 ** decimals);
  if (digits >= 10 ** decimals) {
    whole += 1;
    digits = 0;
  }
  const base = new Date(whole * 1_000).toISOString().slice(0, 19);
  return decimals > 0 ? `${base}.${String(digits).padStart(decimals, '0')}` : base;
}
