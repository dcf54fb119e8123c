/**
 * A strict reader of CCSDS Orbit Data Messages in KVN form, written for the
 * tests from the standard (CCSDS 502.0-B-3, Orbit Data Messages, Blue Book,
 * April 2023), not from Solstice's writer:
 * - section 7.4: one keyword = value per line, keywords upper case, blank lines allowed,
 *   COMMENT lines only where the standard allows them;
 * - section 5.2 (OEM): header (CCSDS_OEM_VERS first, CREATION_DATE,
 *   ORIGINATOR, optional MESSAGE_ID/CLASSIFICATION), then segments of
 *   META_START ... META_STOP metadata (Table 5-3 mandatory keywords) and
 *   data lines "epoch x y z x_dot y_dot z_dot [x_ddot y_ddot z_ddot]" in km, km/s;
 * - section 7.5.10: epochs YYYY-MM-DDThh:mm:ss[.d...] (or YYYY-DDDThh:mm:ss).
 * It throws on anything else, naming the line.
 */

const EPOCH = /^\d{4}-(\d{2}-\d{2}|\d{3})T\d{2}:\d{2}:\d{2}(\.\d+)?Z?$/;
const KEYWORD_LINE = /^\s*([A-Z][A-Z0-9_]*)\s*=\s*(.*?)\s*$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Epoch text as Unix seconds (UTC, calendar form only). */
export function kvnEpochUnixS(text: string): number {
  if (!EPOCH.test(text)) throw new Error(`not a CCSDS epoch: ${text}`);
  return Date.parse(text.endsWith('Z') ? text : `${text}Z`) / 1_000 + (Number(/\.\d+/.exec(text)?.[0] ?? 0) % 0.001);
}

export interface OemSegment {
  readonly metadata: Record<string, string>;
  /** Unix s of each state. */
  readonly epochsUnixS: number[];
  /** 6 numbers per state, km and km/s. */
  readonly states: number[][];
}

export interface Oem {
  readonly header: Record<string, string>;
  readonly segments: OemSegment[];
}

const OEM_HEADER_REQUIRED = ['CCSDS_OEM_VERS', 'CREATION_DATE', 'ORIGINATOR'];
const OEM_HEADER_OPTIONAL = ['MESSAGE_ID', 'CLASSIFICATION'];
const OEM_META_REQUIRED = ['OBJECT_NAME', 'OBJECT_ID', 'CENTER_NAME', 'REF_FRAME', 'TIME_SYSTEM', 'START_TIME', 'STOP_TIME'];
const OEM_META_OPTIONAL = ['REF_FRAME_EPOCH', 'USEABLE_START_TIME', 'USEABLE_STOP_TIME', 'INTERPOLATION', 'INTERPOLATION_DEGREE'];

/** Parses an OEM in KVN form; throws with the line number on any departure from the grammar. */
export function parseOemKvn(text: string): Oem {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const header: Record<string, string> = {};
  const segments: OemSegment[] = [];
  type State = 'header' | 'meta' | 'data';
  let state = 'header' as State;
  let segment: { metadata: Record<string, string>; epochsUnixS: number[]; states: number[][] } | undefined;
  let dataStarted = false;
  lines.forEach((raw, index) => {
    const where = `line ${index + 1} ("${raw}")`;
    const line = raw.trim();
    if (line === '') return;
    if (line.startsWith('COMMENT')) {
      if (!/^COMMENT( |$)/.test(line)) throw new Error(`${where}: malformed COMMENT`);
      // 502.0-B-3 5.2.2.x: comments in the header, at the start of metadata, or at the start of a data block.
      if (state === 'data' && dataStarted) throw new Error(`${where}: COMMENT inside the data lines`);
      return;
    }
    if (line === 'META_START') {
      if (state === 'meta') throw new Error(`${where}: META_START inside metadata`);
      if (state === 'header') for (const k of OEM_HEADER_REQUIRED) if (!(k in header)) throw new Error(`${where}: header lacks ${k}`);
      segment = { metadata: {}, epochsUnixS: [], states: [] };
      segments.push(segment);
      state = 'meta';
      dataStarted = false;
      return;
    }
    if (line === 'META_STOP') {
      if (state !== 'meta' || !segment) throw new Error(`${where}: META_STOP outside metadata`);
      for (const k of OEM_META_REQUIRED) if (!(k in segment.metadata)) throw new Error(`${where}: metadata lacks ${k}`);
      state = 'data';
      return;
    }
    if (state === 'data') {
      const fields = line.split(/\s+/);
      if (fields.length !== 7 && fields.length !== 10) throw new Error(`${where}: a data line has 7 or 10 fields, got ${fields.length}`);
      const [epoch, ...numbers] = fields;
      for (const n of numbers) if (!NUMBER.test(n)) throw new Error(`${where}: not a number: ${n}`);
      const t = kvnEpochUnixS(epoch!);
      const meta = segment!.metadata;
      if (t < kvnEpochUnixS(meta.START_TIME!) - 1e-6 || t > kvnEpochUnixS(meta.STOP_TIME!) + 1e-6) throw new Error(`${where}: epoch outside START_TIME..STOP_TIME`);
      const last = segment!.epochsUnixS.at(-1);
      if (last !== undefined && t <= last) throw new Error(`${where}: epochs must increase`);
      segment!.epochsUnixS.push(t);
      segment!.states.push(numbers.slice(0, 6).map(Number));
      dataStarted = true;
      return;
    }
    const match = KEYWORD_LINE.exec(raw);
    if (!match) throw new Error(`${where}: not KEYWORD = value`);
    const [, key, value] = match as unknown as [string, string, string];
    if (value === '') throw new Error(`${where}: empty value`);
    if (state === 'header') {
      if (Object.keys(header).length === 0 && key !== 'CCSDS_OEM_VERS') throw new Error(`${where}: CCSDS_OEM_VERS must come first`);
      if (![...OEM_HEADER_REQUIRED, ...OEM_HEADER_OPTIONAL].includes(key)) throw new Error(`${where}: ${key} is not a header keyword`);
      if (key === 'CREATION_DATE') kvnEpochUnixS(value);
      header[key] = value;
    } else {
      if (![...OEM_META_REQUIRED, ...OEM_META_OPTIONAL].includes(key)) throw new Error(`${where}: ${key} is not a metadata keyword`);
      if (key in segment!.metadata) throw new Error(`${where}: ${key} repeated`);
      if (key.endsWith('_TIME')) kvnEpochUnixS(value);
      segment!.metadata[key] = value;
    }
  });
  if (state === 'meta') throw new Error('message ends inside metadata');
  if (segments.length === 0) throw new Error('no segment');
  for (const s of segments) if (s.states.length === 0) throw new Error(`segment ${s.metadata.OBJECT_NAME} has no data`);
  return { header, segments };
}

/** Parses KVN keyword = value messages (an OMM), blank-line separated messages allowed; values as strings. */
export function parseKvnMessages(text: string, firstKeyword: string): Record<string, string>[] {
  const messages: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('COMMENT ')) return;
    const match = KEYWORD_LINE.exec(raw);
    if (!match) throw new Error(`line ${index + 1}: not KEYWORD = value: ${raw}`);
    const [, key, value] = match as unknown as [string, string, string];
    if (key === firstKeyword) {
      current = {};
      messages.push(current);
    } else if (!current) throw new Error(`line ${index + 1}: ${firstKeyword} must come first`);
    if (key in current) throw new Error(`line ${index + 1}: ${key} repeated`);
    current[key] = value;
  });
  return messages;
}

/**
 * Lagrange interpolation of degree `degree` (degree + 1 nodes centred on t
 * where the data allow), the method the OEM metadata names (502.0-B-3
 * INTERPOLATION = LAGRANGE): p(t) = sum_i y_i prod_{j != i} (t - t_j)/(t_i - t_j).
 */
export function lagrangeInterpolate(times: readonly number[], values: readonly number[][], t: number, degree: number): number[] {
  let hi = times.findIndex((x) => x > t);
  if (hi < 0) hi = times.length;
  let start = Math.max(0, Math.min(times.length - (degree + 1), hi - Math.ceil((degree + 1) / 2)));
  if (start < 0) start = 0;
  const out = new Array<number>(values[0]!.length).fill(0);
  for (let i = start; i <= start + degree; i++) {
    let w = 1;
    for (let j = start; j <= start + degree; j++) if (j !== i) w *= (t - times[j]!) / (times[i]! - times[j]!);
    for (let c = 0; c < out.length; c++) out[c]! += w * values[i]![c]!;
  }
  return out;
}
