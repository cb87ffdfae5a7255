import { z } from '@hono/zod-openapi';

// The shapes every employer-side list shares (contract: `{ items, total, page, pageSize }`).

/** A filter or sort key from a query string, where '' means "not given". */
export function optionalEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess((v) => (v === '' ? undefined : v), z.enum(values).optional());
}

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
