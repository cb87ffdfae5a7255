import { z } from '@hono/zod-openapi';
import {
  employerDecisionSchema,
  employerStaffCreateSchema,
  employerStatuses,
  organisationProfileSchema,
  orgTypes,
  pageQuerySchema,
  settlementStates,
  talentRelations,
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

const bureauRoute = sessionRoutes('bureau');
const employerRoute = sessionRoutes('employer');

const organisationFields = {
  id: z.string(),
  name: z.string(),
  uscc: z.string(),
  usccWarnings: z.array(z.string()).openapi({ description: "e.g. 'uscc.checksum_mismatch'" }),
  status: z.enum(employerStatuses),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
  orgType: z.enum(orgTypes).nullable(),
  countyCode: z.string().nullable(),
  address: z.string().nullable(),
  licenceDocumentId: z.string().nullable(),
  keepsCollectiveHousehold: z.boolean(),
  collectiveCapacity: z.number().int(),
  contactName: z.string(),
  contactMobile: z.string().openapi({ description: 'masked: 139****9000' }),
};

const licenceSchema = z.strictObject({
  id: z.string(),
  mime: z.string(),
  originalName: z.string(),
  sizeBytes: z.number().int(),
  url: z.string(),
});

const organisationSchema = z
  .strictObject({
    ...organisationFields,
    licence: licenceSchema.nullable(),
    collectiveMembers: z.number().int(),
  })
  .openapi('Organisation');
const organisationBody = z.strictObject({ organisation: organisationSchema });

const staffItemSchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    mobile: z.string().openapi({ description: 'masked' }),
    role: z.enum(['admin', 'hr']),
    disabled: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('EmployerStaffItem');
const staffQuerySchema = pageQuerySchema
  .omit({ q: true })
  .extend({ sort: optionalEnum(['name', 'role', 'createdAt'] as const) });

const queueItemSchema = z
  .strictObject({ ...organisationFields, createdAt: z.string() })
  .openapi('EmployerQueueItem');
const queueQuerySchema = pageQuerySchema.extend({
  sort: optionalEnum(['createdAt', 'name', 'uscc', 'status'] as const),
  status: optionalEnum(employerStatuses),
});

const talentItemSchema = z
  .strictObject({
    applicationId: z.string(),
    number: z.string(),
    name: z.string().openapi({ description: 'masked: 张*丰' }),
    tier: z.enum(tiers).nullable(),
    state: z.enum(settlementStates),
    relations: z.array(z.enum(talentRelations)),
    since: z.string().nullable(),
    position: z.string().nullable(),
  })
  .openapi('TalentItem');
const talentQuerySchema = pageQuerySchema.omit({ q: true }).extend({
  sort: optionalEnum(['number', 'since', 'state'] as const),
  relation: optionalEnum(talentRelations),
});

const getOrganisation = employerRoute({
  method: 'get',
  path: '/employer/organisation',
  responses: {
    200: jsonResponse(organisationBody, 'The caller’s organisation (admin and HR)'),
    ...errorResponses(401, 403),
  },
});

const putOrganisation = employerRoute({
  method: 'put',
  path: '/employer/organisation',
  request: { body: jsonBody(organisationProfileSchema) },
  responses: {
    200: jsonResponse(organisationBody, 'Saved (admin); a rejected organisation goes back to pending'),
    ...errorResponses(400, 401, 403, 409),
  },
});

const listStaff = employerRoute({
  method: 'get',
  path: '/employer/staff',
  request: { query: staffQuerySchema },
  responses: {
    200: jsonResponse(pageOf(staffItemSchema), 'The organisation’s accounts (admin)'),
    ...errorResponses(400, 401, 403),
  },
});

const createStaff = employerRoute({
  method: 'post',
  path: '/employer/staff',
  request: { body: jsonBody(employerStaffCreateSchema) },
  responses: {
    201: jsonResponse(z.strictObject({ item: staffItemSchema }), 'HR account opened (admin)'),
    ...errorResponses(400, 401, 403, 409),
  },
});

const listTalent = employerRoute({
  method: 'get',
  path: '/employer/talent',
  request: { query: talentQuerySchema },
  responses: {
    200: jsonResponse(pageOf(talentItemSchema), 'Collective-household members and confirmed employees'),
    ...errorResponses(400, 401, 403),
  },
});

const listEmployers = bureauRoute({
  method: 'get',
  path: '/bureau/employers',
  request: { query: queueQuerySchema },
  responses: {
    200: jsonResponse(pageOf(queueItemSchema), 'The verification queue (reviewer, admin; auditor reads)'),
    ...errorResponses(400, 401, 403),
  },
});

const decideEmployer = bureauRoute({
  method: 'post',
  path: '/bureau/employers/{id}/decision',
  request: { params: idParams, body: jsonBody(employerDecisionSchema) },
  responses: {
    200: jsonResponse(z.strictObject({ item: queueItemSchema }), 'Verified or rejected (reviewer, admin)'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

export function employersRoutes(deps: ApiDeps) {
  const { db, config, pii } = deps;
  return createRouter()
    .openapi(getOrganisation, async (c) =>
      c.json({ organisation: await service.getOrganisation(db, currentActor(c)) }, 200),
    )
    .openapi(putOrganisation, async (c) => {
      const organisation = await service.updateOrganisation(
        db,
        currentActor(c),
        c.req.valid('json'),
        serviceContext(c, config, pii),
      );
      return c.json({ organisation }, 200);
    })
    .openapi(listStaff, async (c) =>
      c.json(await service.listStaff(db, currentActor(c), c.req.valid('query')), 200),
    )
    .openapi(createStaff, async (c) => {
      const item = await service.createStaff(
        db,
        currentActor(c),
        c.req.valid('json'),
        serviceContext(c, config, pii),
      );
      return c.json({ item }, 201);
    })
    .openapi(listTalent, async (c) =>
      c.json(await service.listTalent(db, currentActor(c), c.req.valid('query')), 200),
    )
    .openapi(listEmployers, async (c) =>
      c.json(await service.listEmployers(db, currentActor(c), c.req.valid('query')), 200),
    )
    .openapi(decideEmployer, async (c) => {
      const item = await service.decideEmployer(
        db,
        currentActor(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        serviceContext(c, config, pii),
      );
      return c.json({ item }, 200);
    });
}
