import type { z } from 'zod';

interface ZodDefinition {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
}

function definitionOf(schema: z.ZodType): ZodDefinition {
  return (schema as unknown as { _zod: { def: ZodDefinition } })._zod.def;
}

/** Strips default, prefault, optional and nullable wrappers off a schema. */
export function unwrapSchema(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const definition = definitionOf(current);
    if (definition.innerType && ['default', 'prefault', 'optional', 'nullable', 'readonly'].includes(definition.type)) {
      current = definition.innerType;
    } else {
      return current;
    }
  }
}

/** The keys of the object schema at `path` (after unwrapping), or undefined if none is there. */
export function objectKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  const node = schemaAt(schema, path);
  if (!node) return undefined;
  const shape = definitionOf(node).shape;
  return shape ? Object.keys(shape) : undefined;
}

/** The (unwrapped) schema at a path of object keys and array indices, or undefined. */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let node: z.ZodType | undefined = unwrapSchema(schema);
  for (const segment of path) {
    if (!node) return undefined;
    const definition = definitionOf(node);
    if (definition.type === 'object' && typeof segment === 'string') {
      const child: z.ZodType | undefined = definition.shape?.[segment];
      node = child && Object.hasOwn(definition.shape ?? {}, segment) ? unwrapSchema(child) : undefined;
    } else if (definition.type === 'array' && typeof segment === 'number' && definition.element) {
      node = unwrapSchema(definition.element);
    } else {
      return undefined;
    }
  }
  return node;
}
