import { z } from '@hono/zod-openapi';
import {
  awardMachine,
  awardStates,
  clawbackAssessSchema,
  clawbackRecoverSchema,
  clawbackStages,
  clawbackWaiveSchema,
  pageQuerySchema,
  tiers,
} from '@talent/domain';
import { currentActor } from '../../platform/auth.js';
import type { ApiDeps } from '../../platform/deps.js';
import { eventBody } from '../../platform/eventBody.js';
import { serviceContext } from '../../platform/http.js';
import { countsSchema } from '../../platform/responses.js';
import {
  createRouter,
  errorResponses,
  idParams,
  jsonBody,
  jsonResponse,
  sessionRoutes,
} from '../../platform/router.js';
import { optionalEnum, pageOf } from '../../platform/schemas.js';
import { clawbackEvents, fireClawbackEvent } from './events.js';
import * as service from './service.js';

const route = sessionRoutes('clawbacks');

const itemSchema = z
  .strictObject({
    awardId: z.string(),
    name: z.string().openapi({ description: 'masked: 王*红' }),
    employerName: z.string(),
    tier: z.enum(tiers),
    countyCode: z.string(),
    departedOn: z.string(),
    serviceEndsOn: z.string().nullable(),
    stage: z.enum(clawbackStages),
    amountFen: z.number().int().nullable(),
    unservedMonths: z.number().int().nullable(),
    reportedAt: z.string(),
  })
  .openapi('ClawbackItem');

const querySchema = pageQuerySchema.omit({ q: true }).extend({
  sort: optionalEnum(['departedOn', 'reportedAt', 'amount'] as const),
  stage: optionalEnum(clawbackStages),
});

const lineSummary = z.strictObject({ state: z.string(), count: z.number().int(), fen: z.number().int() });
const detailSchema = z
  .strictObject({
    awardId: z.string(),
    name: z.string(),
    employerName: z.string(),
    tier: z.enum(tiers),
    countyCode: z.string(),
    policyVersionId: z.string(),
    startDate: z.string().nullable(),
    serviceEndsOn: z.string().nullable(),
    totalFen: z.number().int(),
    state: z.enum(awardStates),
    version: z.number().int(),
    departure: z.strictObject({ departedOn: z.string(), reportedAt: z.string(), reportedBy: z.string() }),
    lines: z.array(lineSummary),
    calculation: z.strictObject({
      commitmentMonths: z.number().int(),
      servedMonths: z.number().int(),
      unservedMonths: z.number().int(),
      paidSettlingInFen: z.number().int(),
      clawbackFen: z.number().int(),
      waived: z.boolean(),
      stoppedFen: z.number().int(),
      stoppedLineCount: z.number().int(),
      clause: z.string(),
      explanation: z.strictObject({ 'zh-CN': z.string(), en: z.string() }),
    }),
    preview: z.boolean(),
    clawback: z
      .strictObject({
        state: z.enum(['due', 'recovered', 'waived']),
        amountFen: z.number().int(),
        assessedBy: z.string(),
        assessedAt: z.string(),
        recoveredOn: z.string().nullable(),
        recordedBy: z.string().nullable(),
        waivedBy: z.string().nullable(),
        waiveReason: z.string().nullable(),
      })
      .nullable(),
    actions: z.array(z.string()),
  })
  .openapi('ClawbackDetail');

const listRoute = route({
  method: 'get',
  path: '/bureau/clawbacks',
  request: { query: querySchema },
  responses: {
    200: jsonResponse(pageOf(itemSchema), 'Departures within the service commitment and their clawbacks'),
    ...errorResponses(400, 401, 403),
  },
});

const countsRoute = route({
  method: 'get',
  path: '/bureau/clawbacks/counts',
  responses: {
    200: jsonResponse(z.strictObject({ counts: countsSchema(clawbackStages) }), 'Rows per stage (tabs)'),
    ...errorResponses(401, 403),
  },
});

const detailRoute = route.get(
  '/bureau/clawbacks/{id}',
  detailSchema,
  'The award, its departure, the calculation explained and the actions',
);

const eventRoute = route({
  method: 'post',
  path: '/bureau/clawbacks/{id}/events',
  request: {
    params: idParams,
    body: jsonBody(
      eventBody(awardMachine, clawbackEvents, {
        assess_clawback: clawbackAssessSchema,
        close_without_clawback: clawbackAssessSchema,
        record_repayment: clawbackRecoverSchema,
        waive_clawback: clawbackWaiveSchema,
      }),
    ),
  },
  responses: {
    200: jsonResponse(
      detailSchema,
      'Assessed (reviewer): clawback due, or closed when nothing is; repayment recorded (finance) or waived with a reason (approver, not the assessor): closed',
    ),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

export function clawbacksRoutes(deps: ApiDeps) {
  const { db, config, pii } = deps;
  return createRouter()
    .openapi(listRoute, async (c) =>
      c.json(await service.listClawbacks(db, currentActor(c), c.req.valid('query')), 200),
    )
    .openapi(countsRoute, async (c) =>
      c.json({ counts: await service.clawbackCounts(db, currentActor(c)) }, 200),
    )
    .openapi(detailRoute, async (c) =>
      c.json(await service.clawbackDetail(db, currentActor(c), c.req.valid('param').id), 200),
    )
    .openapi(eventRoute, async (c) =>
      c.json(
        await fireClawbackEvent(
          db,
          currentActor(c),
          c.req.valid('param').id,
          c.req.valid('json'),
          serviceContext(c, config, pii),
        ),
        200,
      ),
    );
}
