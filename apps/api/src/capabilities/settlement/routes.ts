import { z } from '@hono/zod-openapi';
import {
  employmentReportSchema,
  registrationSchema,
  type SettlementEvent,
  settlementDraftSchema,
  settlementMachine,
} from '@talent/domain';
import { currentActor } from '../../platform/auth.js';
import type { ApiDeps } from '../../platform/deps.js';
import { eventBody } from '../../platform/eventBody.js';
import { serviceContext } from '../../platform/http.js';
import {
  createRouter,
  errorResponses,
  idParams,
  jsonBody,
  jsonResponse,
  sessionRoutes,
} from '../../platform/router.js';
import { version } from '../../platform/schemas.js';
import { fireSettlementEvent } from './events.js';
import * as service from './service.js';
import { applicationSummarySchema, applicationViewSchema } from './view.js';

const route = sessionRoutes('settlement');

const viewBody = z.strictObject({ item: applicationViewSchema });

const createRequest = route({
  method: 'post',
  path: '/settlements',
  request: {
    headers: z.object({ 'idempotency-key': z.string().min(1).max(200).optional() }),
    body: jsonBody(settlementDraftSchema),
  },
  responses: {
    201: jsonResponse(viewBody, 'Draft created'),
    200: jsonResponse(viewBody, 'The draft this Idempotency-Key created before'),
    ...errorResponses(400, 401, 403, 409),
  },
});

const updateRequest = route({
  method: 'put',
  path: '/settlements/{id}',
  request: { params: idParams, body: jsonBody(z.intersection(settlementDraftSchema, z.object({ version }))) },
  responses: {
    200: jsonResponse(viewBody, 'Saved (draft or returned only)'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const listRequest = route({
  method: 'get',
  path: '/settlements',
  responses: {
    200: jsonResponse(
      z.strictObject({ items: z.array(applicationSummarySchema) }),
      'The applicant’s own applications',
    ),
    ...errorResponses(401, 403),
  },
});

const getRequest = route({
  method: 'get',
  path: '/settlements/{id}',
  request: { params: idParams },
  responses: {
    200: jsonResponse(viewBody, 'One application, identifiers masked'),
    ...errorResponses(401, 404),
  },
});

// Every event of the machine, the system's own included: the machine, not the route, refuses those (403).
const settlementEvents = Object.keys(settlementMachine.events) as [SettlementEvent, ...SettlementEvent[]];

const fireRequest = route({
  method: 'post',
  path: '/settlements/{id}/events',
  request: {
    params: idParams,
    body: jsonBody(
      eventBody(settlementMachine, settlementEvents, {
        register: registrationSchema,
        report_employment: employmentReportSchema,
      }),
    ),
  },
  responses: {
    200: jsonResponse(viewBody, 'The event happened; the application as it now is'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const revealRequest = route.reveal(
  '/settlements/{id}/reveal',
  z.strictObject({
    applicant: z.string().nullable(),
    relative: z.string().nullable(),
    members: z.array(z.strictObject({ id: z.string(), residentId: z.string() })),
  }),
  'Full resident IDs (reviewer, registrar); audited',
);

export function settlementRoutes(deps: ApiDeps) {
  const { db, config, pii } = deps;
  return createRouter()
    .openapi(createRequest, async (c) => {
      const { view, created } = await service.createApplication(
        db,
        currentActor(c),
        c.req.valid('json'),
        c.req.valid('header')['idempotency-key'],
        serviceContext(c, config, pii),
      );
      return created ? c.json({ item: view }, 201) : c.json({ item: view }, 200);
    })
    .openapi(listRequest, async (c) => c.json({ items: await service.listOwn(db, currentActor(c)) }, 200))
    .openapi(getRequest, async (c) =>
      c.json(
        { item: await service.getApplication(db, currentActor(c), c.req.valid('param').id, { pii }) },
        200,
      ),
    )
    .openapi(updateRequest, async (c) => {
      const { version: v, ...draft } = c.req.valid('json');
      const item = await service.updateApplication(
        db,
        currentActor(c),
        c.req.valid('param').id,
        { draft: draft as Parameters<typeof service.updateApplication>[3]['draft'], version: v },
        serviceContext(c, config, pii),
      );
      return c.json({ item }, 200);
    })
    .openapi(fireRequest, async (c) => {
      const { event, version: v, reason, ...fields } = c.req.valid('json');
      const item = await fireSettlementEvent(
        db,
        currentActor(c),
        { applicationId: c.req.valid('param').id, event, version: v, reason, fields },
        serviceContext(c, config, pii),
      );
      return c.json({ item }, 200);
    })
    .openapi(revealRequest, async (c) =>
      c.json(
        await service.revealResidentIds(
          db,
          currentActor(c),
          c.req.valid('param').id,
          serviceContext(c, config, pii),
        ),
        200,
      ),
    );
}
