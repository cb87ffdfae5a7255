import { z } from '@hono/zod-openapi';
import { isoDateSchema, pageQuerySchema } from '@talent/domain';
import { currentActor } from '../../platform/auth.js';
import type { ApiDeps } from '../../platform/deps.js';
import { createRouter, errorResponses, jsonResponse, sessionRoutes } from '../../platform/router.js';
import { blank, optionalEnum, pageOf } from '../../platform/schemas.js';
import * as service from './service.js';
import { auditItemSchema } from './view.js';

const route = sessionRoutes('audit');
const optionalText = (max: number) => z.preprocess(blank, z.string().trim().max(max).optional());

const auditQuerySchema = pageQuerySchema.extend({
  sort: optionalEnum(['seq'] as const),
  /** The actor's name or login, in part (the table's search box sends it as q). */
  actor: optionalText(100),
  entity: optionalText(64),
  entityId: optionalText(100),
  action: optionalText(100).openapi({ description: "an action, or a prefix ending in '.': 'settlement.'" }),
  from: z.preprocess(blank, isoDateSchema.optional()),
  to: z.preprocess(blank, isoDateSchema.optional()),
});

const verificationSchema = z
  .strictObject({
    ok: z.boolean(),
    rows: z.number().int().openapi({ description: 'rows found good (before the fault, if any)' }),
    firstSeq: z.number().int().nullable().optional(),
    lastSeq: z.number().int().optional(),
    lastHash: z.string().optional(),
    fault: z
      .strictObject({
        seq: z.number().int(),
        id: z.number().int(),
        kind: z.enum(['changed', 'removed', 'out_of_order']),
        message: z.string(),
      })
      .optional(),
    checkedAt: z.string(),
  })
  .openapi('AuditVerification');

const listRoute = route({
  method: 'get',
  path: '/audit',
  request: { query: auditQuerySchema },
  responses: {
    200: jsonResponse(pageOf(auditItemSchema), 'The audit trail, newest first (auditor, admin)'),
    ...errorResponses(400, 401, 403),
  },
});

const verificationRoute = route({
  method: 'get',
  path: '/audit/verification',
  responses: {
    200: jsonResponse(verificationSchema, 'The hash chain walked now (auditor, admin)'),
    ...errorResponses(401, 403),
  },
});

export function auditRoutes(deps: ApiDeps) {
  const { db } = deps;
  return createRouter()
    .openapi(listRoute, async (c) => {
      const { q, actor, ...query } = c.req.valid('query');
      return c.json(await service.listAudit(db, currentActor(c), { ...query, actor: actor ?? q }), 200);
    })
    .openapi(verificationRoute, async (c) => c.json(await service.verification(db, currentActor(c)), 200));
}
