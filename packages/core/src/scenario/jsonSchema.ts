import { z } from 'zod';
import { quantitySpecOf } from './quantity.ts';
import { scenarioSchema } from './schema.ts';

/**
 * The scenario schema as JSON Schema (draft 2020-12) for editors: generated from
 * the zod schema, so the two cannot disagree. Numeric fields accept a number in
 * the key's unit or a quantity string.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(scenarioSchema, {
    io: 'input',
    unrepresentable: 'any',
    override: (context) => {
      const spec = quantitySpecOf(context.zodSchema as unknown as z.ZodType);
      if (!spec) return;
      const unit = spec.unit === '1' ? '' : ` [${spec.unit}]`;
      const numberSchema = {
        type: spec.integer ? 'integer' : 'number',
        minimum: spec.min,
        maximum: spec.max,
      };
      const json = context.jsonSchema as Record<string, unknown>;
      json.description = `${spec.description}${unit}`;
      if (spec.unit === '1') {
        Object.assign(json, numberSchema);
      } else {
        json.anyOf = [numberSchema, { type: 'string', description: `a quantity convertible to ${spec.unit}` }];
      }
    },
  });
  return {
    ...generated,
    title: 'Solstice scenario',
    description: 'A Solstice scenario: every field has a default (the Suncatcher baseline); keys name their unit.',
  };
}
