/**
 * Formats a number for people: integers with thousands separators, others to
 * five significant digits, very large or small ones in exponent form.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e9 || magnitude < 1e-3)) return value.toExponential(4);
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value.toLocaleString('en-US', { maximumSignificantDigits: 5 });
}

function renderValue(value: unknown): string {
  if (typeof value === 'number') return formatNumber(value);
  if (Array.isArray(value)) return value.map(renderValue).join(', ');
  return String(value);
}

/**
 * Renders a result object as an indented two-column table: one heading per
 * nested object, one row per leaf. Keys carry their unit (`periodS`), so the
 * table stays honest about units without a second list of labels.
 */
export function formatResultTable(result: Record<string, unknown>, indent = ''): string {
  const leaves = Object.entries(result).filter(([, value]) => value !== undefined);
  const width = Math.max(0, ...leaves.map(([key]) => key.length));
  let text = '';
  for (const [key, value] of leaves) {
    if (Array.isArray(value) && value.length > 0 && value.every((item) => item !== null && typeof item === 'object')) {
      // A list of records (stations, waterfall factors): one sub-table each, headed by its name or index.
      const items = (value as Record<string, unknown>[]).map((item, k) => [typeof item.name === 'string' ? item.name : String(k), item] as const);
      text += `${indent}${key}\n${items.map(([name, item]) => `${indent}  ${name}\n${formatResultTable(item, `${indent}    `)}`).join('')}`;
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      text += `${indent}${key}\n${formatResultTable(value as Record<string, unknown>, `${indent}  `)}`;
    } else {
      text += `${indent}${key.padEnd(width)}  ${renderValue(value)}\n`;
    }
  }
  return text;
}

/** Serialises a result as pretty JSON, with a trailing newline. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
