import { z } from '@hono/zod-openapi';
import {
  collectiveStatuses,
  employerActionSchema,
  employerDeclineSchema,
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
  jsonBody,
  jsonResponse,
  sessionRoutes,
} from '../../platform/router.js';
import { optionalEnum, pageOf } from '../../platform/schemas.js';
import * as service from './service.js';

const route = sessionRoutes('employer');

const requestSchema = z
  .strictObject({
    applicationId: z.string(),
    number: z.string(),
    name: z.string().openapi({ description: 'masked: 张*丰' }),
    tier: z.enum(tiers).nullable(),
    school: z.string().nullable(),
    graduationDate: z.string().nullable(),
    requestedAt: z.string().nullable(),
    status: z.enum(collectiveStatuses),
    reason: z.string().nullable(),
    decidedAt: z.string().nullable(),
    greenChannel: z
      .boolean()
      .openapi({ description: 'a talent-card holder’s green-channel case, listed first' }),
    state: z.enum(settlementStates),
    version: z.number().int(),
    canDecide: z.boolean(),
  })
  .openapi('CollectiveRequest');

const requestPageSchema = pageOf(requestSchema);

const querySchema = pageQuerySchema.omit({ q: true }).extend({
  sort: optionalEnum(['requestedAt', 'number', 'status'] as const),
  status: optionalEnum(collectiveStatuses),
});

const applicationParams = z.object({
  applicationId: z.string().openapi({ param: { name: 'applicationId', in: 'path' }, format: 'uuid' }),
});

const itemBody = z.strictObject({ item: requestSchema });

const listRequests = route({
  method: 'get',
  path: '/employer/collective-requests',
  request: { query: querySchema },
  responses: {
    200: jsonResponse(requestPageSchema, 'Graduates asking to join the collective household'),
    ...errorResponses(400, 401, 403),
  },
});

const acceptRequest = route({
  method: 'post',
  path: '/employer/collective-requests/{applicationId}/accept',
  request: { params: applicationParams, body: jsonBody(employerActionSchema) },
  responses: {
    200: jsonResponse(itemBody, 'Accepted into the collective household (verified organisation, room left)'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const declineRequest = route({
  method: 'post',
  path: '/employer/collective-requests/{applicationId}/decline',
  request: { params: applicationParams, body: jsonBody(employerDeclineSchema) },
  responses: {
    200: jsonResponse(itemBody, 'Declined with a reason the graduate reads'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

export function collectiveRoutes(deps: ApiDeps) {
  const { db, config, pii } = deps;
  return createRouter()
    .openapi(listRequests, async (c) =>
      c.json(await service.listRequests(db, currentActor(c), c.req.valid('query')), 200),
    )
    .openapi(acceptRequest, async (c) => {
      const item = await service.answerRequest(
        db,
        currentActor(c),
        c.req.valid('param').applicationId,
        { decision: 'accept', input: c.req.valid('json') },
        serviceContext(c, config, pii),
      );
      return c.json({ item }, 200);
    })
    .openapi(declineRequest, async (c) => {
      const item = await service.answerRequest(
        db,
        currentActor(c),
        c.req.valid('param').applicationId,
        { decision: 'decline', input: c.req.valid('json') },
        serviceContext(c, config, pii),
      );
      return c.json({ item }, 200);
    });
}
