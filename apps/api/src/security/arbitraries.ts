import fc from 'fast-check';
import type { JsonSchema, Operation, Parameter } from './operations.js';

// fast-check arbitraries from an operation's OpenAPI schemas: mostly values of the declared shape
// (enums, lengths, bounds), salted with the strings and numbers that break naive code (SQL
// metacharacters, NUL, huge integers, impossible dates, real record ids in the wrong place).

const nasty = [
  '',
  ' ',
  "'; drop table app_user; --",
  '%_\\',
  'a\u0000b',
  '\u202e\ud83d\ude00',
  '../../etc/passwd',
  '2026-02-30',
  '0000-00-00',
  '9999-12-31',
  '2025-13',
  '1e309',
  '99999999999999999999',
  '-1',
  'NaN',
  'null',
  'true',
  '00000000-0000-0000-0000-000000000000',
  'x'.repeat(5000),
];
const nastyNumbers = [0, -1, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 1e308, 0.5, Number.MAX_SAFE_INTEGER];

export type Pools = { ids: readonly string[] };

const looksLikeUuid = (s: JsonSchema) => s.format === 'uuid' || (s.pattern?.includes('[0-9a-f]{8}') ?? false);

export function stringOf(schema: JsonSchema, pools: Pools): fc.Arbitrary<string> {
  const choices: fc.Arbitrary<string>[] = [
    fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 200) }),
    fc.constantFrom(...nasty),
    fc.constantFrom('2026-01-05', '2025-06-30', '2026-03', '621002', '13800138000', '6217001234567890123'),
  ];
  if (schema.enum)
    choices.push(fc.constantFrom(...(schema.enum.filter((v) => typeof v === 'string') as string[])));
  if (looksLikeUuid(schema) || schema.type === 'string') {
    choices.push(fc.uuid());
    if (pools.ids.length) choices.push(fc.constantFrom(...pools.ids));
  }
  const weights = schema.enum || looksLikeUuid(schema) ? [1, 1, 1, 4, 2, 3] : [3, 2, 2, 1, 1];
  return fc.oneof(...choices.map((arbitrary, i) => ({ arbitrary, weight: weights[i] ?? 1 })));
}

function numberOf(schema: JsonSchema): fc.Arbitrary<number> {
  const integer = fc.integer({
    min: Math.max(schema.minimum ?? -1000, -(2 ** 31)),
    max: Math.min(schema.maximum ?? 100_000, 2 ** 31 - 1),
  });
  return fc.oneof(
    { arbitrary: integer, weight: 4 },
    { arbitrary: fc.constantFrom(...nastyNumbers), weight: 1 },
  );
}

/** Anything JSON: the wrong type where a schema asks for one. */
const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, 0, -1, '', 'x', [], {}),
  fc.constantFrom(...nasty),
  fc.constantFrom(...nastyNumbers),
);

export function anyValueOf(schema: JsonSchema, pools: Pools, depth = 0): fc.Arbitrary<unknown> {
  const conforming = conformingOf(schema, pools, depth);
  return fc.oneof({ arbitrary: conforming, weight: 9 }, { arbitrary: anyJson, weight: 1 });
}

function conformingOf(schema: JsonSchema, pools: Pools, depth: number): fc.Arbitrary<unknown> {
  if (depth > 6) return anyJson;
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.allOf?.length) {
    const parts = schema.allOf.map((s) => conformingOf(s, pools, depth + 1));
    return fc
      .tuple(...parts)
      .map((values) => Object.assign({}, ...values.filter((v) => v && typeof v === 'object')));
  }
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((s) => conformingOf(s, pools, depth + 1)));
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter((t) => t !== undefined);
  const nullable = types.includes('null');
  const type =
    types.find((t) => t !== 'null') ?? (schema.properties ? 'object' : schema.enum ? 'enum' : 'any');
  let arbitrary: fc.Arbitrary<unknown>;
  switch (type) {
    case 'object': {
      const props = schema.properties ?? {};
      const record = fc.record(
        Object.fromEntries(Object.entries(props).map(([k, v]) => [k, anyValueOf(v, pools, depth + 1)])),
        { requiredKeys: (schema.required ?? []).filter((k) => k in props) },
      );
      arbitrary = fc.oneof(
        { arbitrary: record, weight: 9 },
        {
          arbitrary: fc
            .tuple(record, fc.dictionary(fc.string({ maxLength: 8 }), anyJson, { maxKeys: 2 }))
            .map(([a, b]) => ({ ...b, ...a })),
          weight: 1,
        },
      );
      break;
    }
    case 'array':
      arbitrary = fc.array(anyValueOf(schema.items ?? {}, pools, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 5, 5),
      });
      break;
    case 'integer':
    case 'number':
      arbitrary = numberOf(schema);
      break;
    case 'boolean':
      arbitrary = fc.boolean();
      break;
    case 'string':
      arbitrary = stringOf(schema, pools);
      break;
    case 'enum':
      arbitrary = fc.constantFrom(...(schema.enum as unknown[]));
      break;
    default:
      arbitrary = anyJson;
  }
  return nullable ? fc.option(arbitrary, { nil: null, freq: 8 }) : arbitrary;
}

/** A query or path parameter as the text it travels as. */
function paramOf(param: Parameter, pools: Pools): fc.Arbitrary<string> {
  const schema = param.schema;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('integer') || types.includes('number'))
    return fc.oneof(numberOf(schema).map(String), fc.constantFrom(...nasty));
  if (types.includes('boolean')) return fc.constantFrom('true', 'false', '1', 'yes', '');
  if (param.in === 'path')
    return fc.oneof(
      { arbitrary: stringOf({ ...schema, format: 'uuid' }, pools), weight: 3 },
      { arbitrary: fc.constantFrom(...nasty), weight: 1 },
    );
  const items = schema.items ?? schema;
  return stringOf(items, pools);
}

export type FuzzRequest = { path: string; body?: unknown; upload?: Uint8Array | null };

/** Requests for one operation: path parameters, query (each optional one half the time), body. */
export function requestOf(op: Operation, pools: Pools): fc.Arbitrary<FuzzRequest> {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const query = op.parameters.filter((p) => p.in === 'query');
  return fc
    .record({
      path: fc.tuple(...pathParams.map((p) => paramOf(p, pools))),
      query: fc.tuple(...query.map((p) => fc.option(paramOf(p, pools), { freq: p.required ? 8 : 2 }))),
      body: op.body ? anyValueOf(op.body, pools) : fc.constant(undefined),
      upload: op.upload ? fc.option(fc.uint8Array({ maxLength: 4096 }), { freq: 8 }) : fc.constant(undefined),
    })
    .map(({ path, query: values, body, upload }) => {
      let i = 0;
      const url = op.path.replace(/\{\w+\}/g, () => encodeURIComponent(path[i++] ?? ''));
      const search = new URLSearchParams();
      query.forEach((p, j) => {
        const v = values[j];
        if (v !== null && v !== undefined) search.append(p.name, v);
      });
      const qs = search.toString();
      return { path: qs ? `${url}?${qs}` : url, body, upload };
    });
}

/**
 * A request that passes validation (the matrix's own, from requests.ts) with one body field swapped for
 * a drawn value: the service code behind the validation sees hostile input too.
 */
export function mutationOf(op: Operation, valid: FuzzRequest, pools: Pools): fc.Arbitrary<FuzzRequest> {
  const body = valid.body;
  const fields = body && typeof body === 'object' && !Array.isArray(body) ? Object.keys(body) : [];
  if (!fields.length) return fc.constant(valid);
  const properties =
    op.body?.properties ?? Object.assign({}, ...(op.body?.allOf ?? []).map((s) => s.properties));
  return fc.constantFrom(...fields).chain((field) =>
    anyValueOf(properties[field] ?? {}, pools).map((value) => ({
      ...valid,
      body: { ...(body as Record<string, unknown>), [field]: value },
    })),
  );
}
