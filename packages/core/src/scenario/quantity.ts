import { z } from 'zod';
import { convertQuantityString } from './units.ts';

/** How a numeric scenario field is checked and documented. */
export interface QuantitySpec {
  /** Unit the field's key names, as mathjs writes it ("km", "USD/kg"); "1" for dimensionless. */
  readonly unit: string;
  /** Smallest allowed value, in `unit`. */
  readonly min: number;
  /** Largest allowed value, in `unit`. */
  readonly max: number;
  /** Whether only whole numbers are allowed. */
  readonly integer?: boolean;
  /** One line for editors and the README. */
  readonly description: string;
}

const specs = new WeakMap<z.ZodType, QuantitySpec>();

/** The spec of a schema made by `quantity`, for the JSON Schema generator. */
export function quantitySpecOf(schema: z.ZodType): QuantitySpec | undefined {
  return specs.get(schema);
}

function describeValue(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return JSON.stringify(value) ?? String(value);
}

function rangeText(spec: QuantitySpec): string {
  const unit = spec.unit === '1' ? '' : ` ${spec.unit}`;
  return `${spec.min} to ${spec.max}${unit}`;
}

/**
 * A numeric scenario field in the unit its key names. It accepts a number, or
 * (for dimensioned fields) a string with any compatible unit, converted with
 * mathjs; every failure becomes one message naming the value and the allowed
 * range, which the parser prefixes with the field path.
 */
export function quantity(spec: QuantitySpec) {
  const dimensioned = spec.unit !== '1';
  const expected = dimensioned ? `a number in ${spec.unit} or a quantity string like "${spec.max} ${spec.unit}"` : 'a number';
  const schema = z.unknown().transform((raw, ctx): number => {
    const fail = (message: string): never => {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER as never;
    };
    if (raw === undefined) return fail(`is required (${rangeText(spec)})`);
    let value: number;
    if (typeof raw === 'number') {
      value = raw;
    } else if (typeof raw === 'string' && dimensioned) {
      const converted = convertQuantityString(raw, spec.unit);
      if (!converted.ok) {
        if (converted.reason === 'incompatible') return fail(`${describeValue(raw)} has a unit incompatible with ${spec.unit}`);
        if (converted.reason === 'not-finite') return fail(`${describeValue(raw)} is not a finite number`);
        if (converted.reason === 'units-not-loaded') {
          return fail(`${describeValue(raw)} is a quantity string, and the unit library is not loaded: await loadQuantityUnits() first, or use loadScenarioAsync`);
        }
        return fail(`${describeValue(raw)} is not ${expected}`);
      }
      value = converted.value;
    } else {
      return fail(`${describeValue(raw)} is not ${expected}`);
    }
    if (!Number.isFinite(value)) return fail(`${describeValue(raw)} is not a finite number`);
    if (spec.integer && !Number.isInteger(value)) return fail(`${describeValue(raw)} is not a whole number (${rangeText(spec)})`);
    if (value < spec.min || value > spec.max) return fail(`${describeValue(raw)} is out of range (${rangeText(spec)})`);
    return value;
  });
  specs.set(schema, spec);
  return schema;
}
