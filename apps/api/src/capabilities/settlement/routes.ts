import { z } from '@hono/zod-openapi';
import { employmentReportSchema, settlementDraftSchema } from '@talent/domain';
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
import { version } from '../../platform/schemas.js';
import { fireSettlementEvent } from './events.js';
import * as service from './service.js';

const route = sessionRoutes('settlement');

// The view is described loosely here; its exact shape is ApplicationView (see view.ts and the contract).
const viewSchema = z.record(z.string(), z.unknown()).openapi('SettlementApplication');
const viewBody = z.object({ item: viewSchema });

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
      z.object({ items: z.array(z.record(z.string(), z.unknown())) }),
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

const eventParams = idParams.extend({
  event: z
    .string()
    .max(64)
    .openapi({ param: { name: 'event', in: 'path' } }),
});

const fireRequest = route({
  method: 'post',
  path: '/settlements/{id}/events/{event}',
  request: {
    params: eventParams,
    body: jsonBody(
      z
        .looseObject({ version, reason: z.string().max(2000).optional() })
        .openapi({ description: 'register adds householdNumber, policeStationId?, registrationDate' }),
    ),
  },
  responses: {
    200: jsonResponse(viewBody, 'The event happened; the application as it now is'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const employmentRequest = route({
  method: 'post',
  path: '/settlements/{id}/employment',
  request: { params: idParams, body: jsonBody(employmentReportSchema.extend({ version })) },
  responses: {
    200: jsonResponse(viewBody, 'Employment reported; the employer confirms it'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const revealRequest = route.reveal(
  '/settlements/{id}/reveal',
  z.object({
    applicant: z.string().nullable(),
    relative: z.string().nullable(),
    members: z.array(z.object({ id: z.string(), residentId: z.string() })),
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
      const { id, event } = c.req.valid('param');
      const body = c.req.valid('json');
      const item = await fireSettlementEvent(
        db,
        currentActor(c),
        { applicationId: id, event, version: body.version, reason: body.reason, fields: body },
        serviceContext(c, config, pii),
      );
      return c.json({ item }, 200);
    })
    .openapi(employmentRequest, async (c) => {
      const item = await service.reportEmployment(
        db,
        currentActor(c),
        c.req.valid('param').id,
        c.req.valid('json'),
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
