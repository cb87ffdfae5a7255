import { z } from '@hono/zod-openapi';

// The request and response shapes many routes share: query-string filters, the list contract
// (`{ items, total, page, pageSize }`) and the version a state change was made against.

/** A query-string value where '' means "not given" (an emptied filter box sends `?tier=`). */
export const blank = (v: unknown) => (v === '' ? undefined : v);

/** A filter or sort key from a query string, where '' means "not given". */
export function optionalEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess(blank, z.enum(values).optional());
}

export function pageOf<T extends z.ZodType>(item: T) {
  return z.strictObject({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** The record's version the caller saw; a stale one is a 409 (optimistic locking). */
export const version = z
  .number('validation.required')
  .int('validation.required')
  .min(1, 'validation.required');
