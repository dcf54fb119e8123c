/** A leaf of a flattened result: what a CSV cell can hold. */
export type SweepCell = number | string | boolean | null;

/**
 * Flattens a nested result into dotted keys, keeping numbers, strings,
 * booleans and nulls (non-finite numbers become null); arrays are left out.
 */
export function flattenResult(value: unknown, prefix = '', out: Record<string, SweepCell> = {}): Record<string, SweepCell> {
  if (value === null || value === undefined || typeof value !== 'object') {
    if (prefix === '') return out;
    if (typeof value === 'number') out[prefix] = Number.isFinite(value) ? value : null;
    else if (typeof value === 'string' || typeof value === 'boolean' || value === null) out[prefix] = value;
    return out;
  }
  if (Array.isArray(value)) return out;
  for (const [key, child] of Object.entries(value)) flattenResult(child, prefix === '' ? key : `${prefix}.${key}`, out);
  return out;
}
