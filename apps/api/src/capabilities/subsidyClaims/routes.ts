import { z } from '@hono/zod-openapi';
import {
  pageQuerySchema,
  qingyangDivisions,
  subsidyClaimInputSchema,
  subsidyClaimMachine,
  subsidyClaimStates,
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
import { optionalEnum, version } from '../../platform/schemas.js';
import { claimRouteEvents } from './events.js';
import * as queue from './queue.js';
import * as service from './service.js';
import {
  claimPreviewSchema,
  claimSummarySchema,
  claimViewSchema,
  eligibilitySchema,
  queueItemSchema,
} from './view.js';

const route = sessionRoutes('subsidy');

const viewBody = z.strictObject({ item: claimViewSchema });

const eligibilityRequest = route({
  method: 'get',
  path: '/subsidy-claims/eligibility',
  responses: {
    200: jsonResponse(eligibilitySchema, 'Can I claim, and if not, why (each with its clause)'),
    ...errorResponses(401, 403),
  },
});

const previewRequest = route({
  method: 'post',
  path: '/subsidy-claims/preview',
  responses: {
    200: jsonResponse(
      z.strictObject({ preview: claimPreviewSchema }),
      'The award a claim made today would receive: lines, dates, explanation, criteria (nothing is written)',
    ),
    ...errorResponses(401, 403, 409),
  },
});

const createRequest = route({
  method: 'post',
  path: '/subsidy-claims',
  request: {
    headers: z.object({ 'idempotency-key': z.string().min(1).max(200).optional() }),
    body: jsonBody(subsidyClaimInputSchema),
  },
  responses: {
    201: jsonResponse(viewBody, 'Claim made and submitted'),
    200: jsonResponse(viewBody, 'The claim this Idempotency-Key made before'),
    ...errorResponses(400, 401, 403, 409),
  },
});

const mineRequest = route({
  method: 'get',
  path: '/subsidy-claims/mine',
  responses: {
    200: jsonResponse(z.strictObject({ items: z.array(claimSummarySchema) }), 'The claimant’s own claims'),
    ...errorResponses(401, 403),
  },
});

const countyCodes = qingyangDivisions.map((d) => d.code) as [string, ...string[]];
const filterSchema = z.object({
  q: pageQuerySchema.shape.q,
  tier: optionalEnum(tiers),
  county: optionalEnum(countyCodes),
});
const queueQuerySchema = pageQuerySchema.extend({
  ...filterSchema.shape,
  state: z.preprocess((v) => {
    const list = (Array.isArray(v) ? v : [v])
      .filter((x): x is string => typeof x === 'string')
      .flatMap((x) => x.split(','))
      .filter((x) => x !== '');
    return list.length > 0 ? list : undefined;
  }, z.array(z.enum(subsidyClaimStates)).max(subsidyClaimStates.length).optional()),
});

const queueRequest = route({
  method: 'get',
  path: '/subsidy-claims',
  request: { query: queueQuerySchema },
  responses: {
    200: jsonResponse(
      z.strictObject({
        items: z.array(queueItemSchema),
        total: z.number().int(),
        page: z.number().int(),
        pageSize: z.number().int(),
      }),
      'One page of the bureau’s claim queue (names masked), oldest deadline first',
    ),
    ...errorResponses(400, 401, 403),
  },
});

const countsRequest = route({
  method: 'get',
  path: '/subsidy-claims/counts',
  request: { query: filterSchema },
  responses: {
    200: jsonResponse(
      z.strictObject({ counts: countsSchema(queue.queueTabStates) }),
      'Claims per state, for the tabs',
    ),
    ...errorResponses(400, 401, 403),
  },
});

const getRequest = route({
  method: 'get',
  path: '/subsidy-claims/{id}',
  request: { params: idParams },
  responses: {
    200: jsonResponse(viewBody, 'One claim with its history, award and payments; account and ID masked'),
    ...errorResponses(401, 404),
  },
});

const updateRequest = route({
  method: 'put',
  path: '/subsidy-claims/{id}',
  request: { params: idParams, body: jsonBody(subsidyClaimInputSchema.extend({ version })) },
  responses: {
    200: jsonResponse(viewBody, 'The account corrected (a returned claim only); resubmit follows'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const eventRequest = route({
  method: 'post',
  path: '/subsidy-claims/{id}/events',
  request: {
    params: idParams,
    body: jsonBody(eventBody(subsidyClaimMachine, claimRouteEvents)),
  },
  responses: {
    200: jsonResponse(viewBody, 'The event happened; the claim as it now is'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const revealRequest = route.reveal(
  '/subsidy-claims/{id}/reveal',
  z.strictObject({ account: z.string() }),
  'The whole account number (reviewer, approver, finance); audited',
);

export function subsidyClaimsRoutes(deps: ApiDeps) {
  const { db, config, pii } = deps;
  return createRouter()
    .openapi(eligibilityRequest, async (c) =>
      c.json(await service.eligibility(db, currentActor(c), pii), 200),
    )
    .openapi(previewRequest, async (c) =>
      c.json({ preview: await service.preview(db, currentActor(c), pii) }, 200),
    )
    .openapi(createRequest, async (c) => {
      const { view, created } = await service.createClaim(
        db,
        currentActor(c),
        c.req.valid('json'),
        c.req.valid('header')['idempotency-key'],
        serviceContext(c, config, pii),
      );
      return created ? c.json({ item: view }, 201) : c.json({ item: view }, 200);
    })
    .openapi(mineRequest, async (c) => c.json({ items: await service.listOwn(db, currentActor(c)) }, 200))
    .openapi(countsRequest, async (c) =>
      c.json(await queue.countQueueTabs(db, currentActor(c), c.req.valid('query')), 200),
    )
    .openapi(queueRequest, async (c) =>
      c.json(await queue.listQueue(db, currentActor(c), c.req.valid('query')), 200),
    )
    .openapi(getRequest, async (c) =>
      c.json({ item: await service.getClaim(db, currentActor(c), c.req.valid('param').id, { pii }) }, 200),
    )
    .openapi(updateRequest, async (c) => {
      const item = await service.updateAccount(
        db,
        currentActor(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        serviceContext(c, config, pii),
      );
      return c.json({ item }, 200);
    })
    .openapi(eventRequest, async (c) => {
      const body = c.req.valid('json');
      const item = await service.fireEvent(
        db,
        currentActor(c),
        { claimId: c.req.valid('param').id, event: body.event, version: body.version, reason: body.reason },
        serviceContext(c, config, pii),
      );
      return c.json({ item }, 200);
    })
    .openapi(revealRequest, async (c) =>
      c.json(
        await service.revealBankAccount(
          db,
          currentActor(c),
          c.req.valid('param').id,
          serviceContext(c, config, pii),
        ),
        200,
      ),
    );
}
