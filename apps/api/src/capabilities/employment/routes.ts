import { z } from '@hono/zod-openapi';
import {
  employerActionSchema,
  employerDeclineSchema,
  employmentReportStatuses,
  pageQuerySchema,
  settlementStates,
  tiers,
} from '@talent/domain';
import { currentActor } from '../../platform/auth.js';
import type { ApiDeps } from '../../platform/deps.js';
import { serviceContext } from '../../platform/http.js';
import {
  createRouter,
  errorResponses,
  idParams,
  jsonBody,
  jsonResponse,
  sessionRoutes,
} from '../../platform/router.js';
import { optionalEnum, pageOf } from '../../platform/schemas.js';
import * as service from './service.js';

const route = sessionRoutes('employer');

const reportSchema = z
  .strictObject({
    id: z.string(),
    applicationId: z.string(),
    number: z.string(),
    name: z.string().openapi({ description: 'masked: 张*丰' }),
    tier: z.enum(tiers).nullable(),
    contractStart: z.string(),
    contractMonths: z.number().int(),
    position: z.string(),
    status: z.enum(employmentReportStatuses),
    reason: z.string().nullable(),
    reportedAt: z.string(),
    decidedAt: z.string().nullable(),
    state: z.enum(settlementStates),
    version: z.number().int(),
    canDecide: z.boolean(),
  })
  .openapi('EmploymentReportItem');

const querySchema = pageQuerySchema.omit({ q: true }).extend({
  sort: optionalEnum(['reportedAt', 'contractStart', 'number', 'status'] as const),
  status: optionalEnum(employmentReportStatuses),
});

const itemBody = z.strictObject({ item: reportSchema });

const listReports = route({
  method: 'get',
  path: '/employer/employment-reports',
  request: { query: querySchema },
  responses: {
    200: jsonResponse(pageOf(reportSchema), 'Graduates who say they work here'),
    ...errorResponses(400, 401, 403),
  },
});

const confirmReport = route({
  method: 'post',
  path: '/employer/employment-reports/{id}/confirm',
  request: { params: idParams, body: jsonBody(employerActionSchema) },
  responses: {
    200: jsonResponse(itemBody, 'Confirmed (verified organisation): the case moves to employment_confirmed'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const declineReport = route({
  method: 'post',
  path: '/employer/employment-reports/{id}/decline',
  request: { params: idParams, body: jsonBody(employerDeclineSchema) },
  responses: {
    200: jsonResponse(itemBody, 'Declined with a reason: the case goes back to registered'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

export function employmentRoutes(deps: ApiDeps) {
  const { db, config, pii } = deps;
  return createRouter()
    .openapi(listReports, async (c) =>
      c.json(await service.listReports(db, currentActor(c), c.req.valid('query')), 200),
    )
    .openapi(confirmReport, async (c) => {
      const item = await service.answerReport(
        db,
        currentActor(c),
        c.req.valid('param').id,
        { decision: 'confirm', input: c.req.valid('json') },
        serviceContext(c, config, pii),
      );
      return c.json({ item }, 200);
    })
    .openapi(declineReport, async (c) => {
      const item = await service.answerReport(
        db,
        currentActor(c),
        c.req.valid('param').id,
        { decision: 'decline', input: c.req.valid('json') },
        serviceContext(c, config, pii),
      );
      return c.json({ item }, 200);
    });
}
