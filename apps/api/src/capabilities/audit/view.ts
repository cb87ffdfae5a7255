import { z } from '@hono/zod-openapi';

// Each action records its own facts, so below the top level a value is any JSON (a recursive z.json()
// has no OpenAPI form); personal data in it is masked by the writer.
const detailValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.unknown()),
  z.record(z.string(), z.unknown()),
]);

/** One row of the audit trail as auditors read it. */
export const auditItemSchema = z
  .strictObject({
    id: z.number().int(),
    seq: z.number().int(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorKind: z.string().nullable(),
    actorName: z.string().nullable(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string().nullable(),
    requestId: z.string().nullable(),
    /** Masked values only, as the writer was given them. */
    details: z.record(z.string(), detailValueSchema).openapi({ description: 'masked values only' }),
    hash: z.string(),
  })
  .openapi('AuditItem');
export type AuditItem = z.infer<typeof auditItemSchema>;
