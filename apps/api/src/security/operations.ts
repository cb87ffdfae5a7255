import type { createApp } from '../app.js';

// The route table as the OpenAPI document states it: every operation, its parameters and its body.
// The matrix and the fuzzer enumerate it at test time, so a new route is covered the day it lands.

export type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  $ref?: string;
  default?: unknown;
  nullable?: boolean;
};

export type Parameter = {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: JsonSchema;
};

export type Operation = {
  /** "METHOD /api/path/{param}", as the permission table names it. */
  key: string;
  method: string;
  path: string;
  /** No session security scheme: anyone may call it. */
  isPublic: boolean;
  parameters: Parameter[];
  body: JsonSchema | undefined;
  /** Multipart uploads (documented by their 413/415 answers; their part is read by hand, not by zod). */
  upload: boolean;
};

type OpenApiDocument = {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, JsonSchema>; parameters?: Record<string, Parameter> };
};
type RawOperation = {
  security?: unknown[];
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, unknown>;
};

/** Every operation of the app's own OpenAPI document, schemas with their $refs resolved. */
export async function operationsOf(app: ReturnType<typeof createApp>): Promise<Operation[]> {
  const doc = (await (await app.request('/api/openapi.json')).json()) as OpenApiDocument;
  const schemas = doc.components?.schemas ?? {};
  const resolve = (schema: JsonSchema | undefined, depth = 0): JsonSchema | undefined => {
    if (!schema || depth > 20) return schema;
    if (schema.$ref) return resolve(schemas[schema.$ref.split('/').at(-1) ?? ''], depth + 1);
    const out: JsonSchema = { ...schema };
    if (schema.properties)
      out.properties = Object.fromEntries(
        Object.entries(schema.properties).map(([k, v]) => [k, resolve(v, depth + 1) ?? {}]),
      );
    if (schema.items) out.items = resolve(schema.items, depth + 1);
    for (const k of ['allOf', 'anyOf', 'oneOf'] as const)
      if (schema[k]) out[k] = schema[k].map((s) => resolve(s, depth + 1) ?? {});
    return out;
  };
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const parameters = (op.parameters ?? []).map((p) => {
        const param = '$ref' in p ? doc.components?.parameters?.[p.$ref.split('/').at(-1) ?? ''] : p;
        if (!param) throw new Error(`${method} ${path}: unresolved parameter`);
        return { ...param, schema: resolve(param.schema) ?? {} } as Parameter;
      });
      const upper = method.toUpperCase();
      operations.push({
        key: `${upper} ${path}`,
        method: upper,
        path,
        isPublic: !op.security?.length,
        parameters,
        body: resolve(op.requestBody?.content?.['application/json']?.schema),
        upload: op.responses?.['415'] !== undefined,
      });
    }
  }
  return operations;
}

/**
 * One plain valid-looking value of a schema: the first enum value, the minimum, a short string of the
 * right length. Formats zod checks by hand (dates, mobiles, IDs) are the caller's to override.
 */
export function sampleOf(schema: JsonSchema): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s) => sampleOf(s) as object));
  if (schema.anyOf?.[0]) return sampleOf(schema.anyOf[0]);
  if (schema.oneOf?.[0]) return sampleOf(schema.oneOf[0]);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const type = types.find((t) => t !== 'null') ?? (schema.properties ? 'object' : undefined);
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const name of schema.required ?? []) out[name] = sampleOf(schema.properties?.[name] ?? {});
      return out;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleOf(schema.items ?? {}));
    case 'integer':
    case 'number':
      return schema.minimum ?? (schema.exclusiveMinimum === undefined ? 1 : schema.exclusiveMinimum + 1);
    case 'boolean':
      return false;
    case 'string':
      if (schema.format === 'uuid' || schema.pattern?.includes('[0-9a-f]{8}'))
        return '00000000-0000-4000-8000-000000000000';
      if (schema.format === 'date') return '2026-01-05';
      return 'x'.repeat(Math.max(2, schema.minLength ?? 2));
    default:
      return null;
  }
}
