import { createRoute, z } from '@hono/zod-openapi';
import { isoDateSchema, pageQuerySchema, paymentHoldReasons } from '@talent/domain';
import { currentActor, requireSession } from '../../platform/auth.js';
import type { ApiDeps } from '../../platform/deps.js';
import { createRouter, errorResponses, jsonResponse, sessionSecurity } from '../../platform/router.js';
import { pageOf } from '../../platform/schemas.js';
import * as service from './service.js';

// The instalments due but held back by the social-insurance payment conditions (二(四)5), beside the
// batch routes: what finance sees before preparing a batch.

const heldLineSchema = z
  .strictObject({
    id: z.string(),
    awardId: z.string(),
    claimNumber: z.string(),
    /** masked: 王*红 */
    payeeName: z.string(),
    kind: z.enum(['settling_in', 'living_allowance']),
    sequence: z.number().int(),
    ofCount: z.number().int(),
    amountFen: z.number().int(),
    dueDate: z.string(),
    reason: z.enum(paymentHoldReasons),
    clause: z.string(),
    months: z.number().int().nullable(),
    minMonths: z.number().int(),
  })
  .openapi('HeldPaymentLine');

const heldRoute = createRoute({
  tags: ['disbursements'],
  middleware: [requireSession] as const,
  security: sessionSecurity,
  method: 'get',
  path: '/payment-holds',
  request: {
    query: pageQuerySchema.pick({ page: true, pageSize: true }).extend({ dueAsOf: isoDateSchema }),
  },
  responses: {
    200: jsonResponse(
      pageOf(heldLineSchema),
      'Instalments due as of the date that wait for the payee’s social-insurance contributions',
    ),
    ...errorResponses(400, 401, 403),
  },
});

export function paymentHoldsRoutes(deps: ApiDeps) {
  const { db } = deps;
  return createRouter().openapi(heldRoute, async (c) =>
    c.json(await service.listHeldLines(db, currentActor(c), c.req.valid('query')), 200),
  );
}
