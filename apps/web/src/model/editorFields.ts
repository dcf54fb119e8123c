import { scenarioJsonSchema } from '@solstice/core';

/** One editable scenario field, read from the scenario's JSON Schema (itself generated from the zod schema). */
export interface EditorField {
  /** Dotted path (`orbit.altitudeKm`). */
  readonly path: string;
  readonly key: string;
  /** The key in words without its unit suffix (`altitudeKm` -> "altitude"). */
  readonly label: string;
  /** Unit the key names, as the schema states it (`km`, `USD/kg`); '' for dimensionless. */
  readonly unit: string;
  /** The schema's description without the unit suffix. */
  readonly description: string;
  readonly kind: 'number' | 'enum' | 'text' | 'boolean';
  readonly options?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
}

/** A group of fields: one scenario section (orbit, cluster, links, ...). */
export interface EditorSection {
  readonly title: string;
  readonly fields: readonly EditorField[];
}

interface JsonSchemaNode {
  readonly type?: string;
  readonly description?: string;
  readonly properties?: Record<string, JsonSchemaNode>;
  readonly anyOf?: readonly JsonSchemaNode[];
  readonly enum?: readonly unknown[];
  readonly minimum?: number;
  readonly maximum?: number;
}

const UNIT_SUFFIX = /\s*\[([^\]]+)\]$/;

/** The unit as a key suffix is written: "USD/kg" -> "UsdPerKg", "m^2" -> "M2", "hour" -> "Hour". */
function unitAsKeySuffix(unit: string): string {
  return unit
    .replaceAll('/', ' per ')
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part[0]!.toUpperCase() + part.slice(1).toLowerCase())
    .join('');
}

/** A key in words, its unit suffix dropped: "altitudeKm" -> "altitude", "ltanHours" -> "LTAN". */
export function fieldLabel(key: string, unit: string): string {
  const suffix = unitAsKeySuffix(unit);
  let stem = key;
  for (const candidate of suffix === '' ? [] : [`${suffix}s`, suffix]) {
    if (key.toLowerCase().endsWith(candidate.toLowerCase()) && key.length > candidate.length) {
      stem = key.slice(0, key.length - candidate.length);
      break;
    }
  }
  const words = stem.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.replace(/\b(ltan|pue|dwdm|sso|tle|hbm|nre)\b/g, (word) => word.toUpperCase());
}

function leafField(path: string, key: string, node: JsonSchemaNode): EditorField | undefined {
  const description = node.description ?? '';
  const unit = UNIT_SUFFIX.exec(description)?.[1] ?? '';
  const base = { path, key, label: fieldLabel(key, unit), unit, description: description.replace(UNIT_SUFFIX, '') };
  const numeric = node.type === 'number' || node.type === 'integer' ? node : node.anyOf?.find((option) => option.type === 'number' || option.type === 'integer');
  if (numeric) {
    return {
      ...base,
      kind: 'number',
      ...(numeric.minimum === undefined ? {} : { minimum: numeric.minimum }),
      ...(numeric.maximum === undefined ? {} : { maximum: numeric.maximum }),
    };
  }
  if (node.enum) return { ...base, kind: 'enum', options: node.enum.map(String) };
  if (node.type === 'boolean') return { ...base, kind: 'boolean' };
  if (node.type === 'string') return { ...base, kind: 'text' };
  return undefined;
}

function collect(prefix: string, node: JsonSchemaNode, out: EditorField[]): void {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (child.properties) collect(path, child, out);
    else {
      const field = leafField(path, key, child);
      if (field) out.push(field);
    }
  }
}

/**
 * The editor's sections, one per top-level object of the scenario schema, in
 * schema order, with the top-level fields (name, year) first as "scenario".
 * New model sections appear here as soon as core's schema has them.
 */
export function editorSections(): EditorSection[] {
  const schema = scenarioJsonSchema() as JsonSchemaNode;
  const top: EditorField[] = [];
  const sections: EditorSection[] = [];
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    if (key === '$schema') continue;
    if (child.properties) {
      const fields: EditorField[] = [];
      collect(key, child, fields);
      if (fields.length > 0) sections.push({ title: key, fields });
    } else {
      const field = leafField(key, key, child);
      if (field) top.push(field);
    }
  }
  return [{ title: 'scenario', fields: top }, ...sections];
}
