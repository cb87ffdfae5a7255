import { z } from '@hono/zod-openapi';
import {
  bureauAccountCreateSchema,
  bureauAccountUpdateSchema,
  bureauRoles,
  elevatedBureauRoles,
  pageQuerySchema,
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
import { pageOf } from '../../platform/schemas.js';
import * as service from './service.js';

const route = sessionRoutes('bureau');

export const staffSortKeys = ['username', 'name', 'createdAt'] as const;

/** The domain's paging query, with the sort keys this table offers. */
const staffQuerySchema = pageQuerySchema.extend({
  sort: z.preprocess((v) => (v === '' ? undefined : v), z.enum(staffSortKeys).optional()),
});

const staffItemSchema = z
  .strictObject({
    id: z.string(),
    username: z.string(),
    name: z.string(),
    roles: z.array(z.enum(bureauRoles)),
    pendingRoles: z
      .array(z.enum(bureauRoles))
      .openapi({ description: 'asked for, awaiting a second admin: not yet effective' }),
    residentId: z.string().nullable().openapi({ description: 'masked: 6210**********123X' }),
    disabled: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('StaffItem');

const staffPageSchema = pageOf(staffItemSchema);

const itemBody = z.strictObject({ item: staffItemSchema });

const grantSchema = z
  .strictObject({
    id: z.string(),
    userId: z.string(),
    username: z.string(),
    name: z.string(),
    role: z.enum(elevatedBureauRoles),
    requestedBy: z.strictObject({ id: z.string(), name: z.string() }),
    requestedAt: z.string(),
    ownRequest: z.boolean(),
  })
  .openapi('StaffRoleGrant');

const listGrants = route({
  method: 'get',
  path: '/bureau/staff-grants',
  responses: {
    200: jsonResponse(z.strictObject({ items: z.array(grantSchema) }), 'Role grants awaiting a second admin'),
    ...errorResponses(401, 403),
  },
});

const decideGrant = (decision: 'confirm' | 'refuse') =>
  route({
    method: 'post',
    path: `/bureau/staff-grants/{id}/${decision}`,
    request: { params: idParams },
    responses: {
      200: jsonResponse(
        z.strictObject({ item: grantSchema }),
        decision === 'confirm'
          ? 'Confirmed by a second admin (another person): the role takes effect'
          : 'Refused',
      ),
      ...errorResponses(401, 403, 404, 409),
    },
  });
const confirmGrant = decideGrant('confirm');
const refuseGrant = decideGrant('refuse');

const listStaff = route({
  method: 'get',
  path: '/bureau/staff',
  request: { query: staffQuerySchema },
  responses: {
    200: jsonResponse(staffPageSchema, 'One page of bureau accounts (admin; auditor may read)'),
    ...errorResponses(400, 401, 403),
  },
});

const createStaff = route({
  method: 'post',
  path: '/bureau/staff',
  request: { body: jsonBody(bureauAccountCreateSchema) },
  responses: {
    201: jsonResponse(itemBody, 'Account created (admin)'),
    ...errorResponses(400, 401, 403, 409),
  },
});

const updateStaff = route({
  method: 'patch',
  path: '/bureau/staff/{id}',
  request: { params: idParams, body: jsonBody(bureauAccountUpdateSchema) },
  responses: {
    200: jsonResponse(itemBody, 'Roles or disabled flag changed (admin); disabling ends its sessions'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

export function staffRoutes(deps: ApiDeps) {
  const { db, config, pii } = deps;
  return createRouter()
    .openapi(listStaff, async (c) =>
      c.json(await service.listStaff(db, currentActor(c), c.req.valid('query'), { pii }), 200),
    )
    .openapi(listGrants, async (c) => c.json(await service.listPendingGrants(db, currentActor(c)), 200))
    .openapi(confirmGrant, async (c) => {
      const item = await service.decideGrant(
        db,
        currentActor(c),
        c.req.valid('param').id,
        'confirm',
        serviceContext(c, config, pii),
      );
      return c.json({ item }, 200);
    })
    .openapi(refuseGrant, async (c) => {
      const item = await service.decideGrant(
        db,
        currentActor(c),
        c.req.valid('param').id,
        'refuse',
        serviceContext(c, config, pii),
      );
      return c.json({ item }, 200);
    })
    .openapi(createStaff, async (c) => {
      const item = await service.createStaff(
        db,
        currentActor(c),
        c.req.valid('json'),
        serviceContext(c, config, pii),
      );
      return c.json({ item }, 201);
    })
    .openapi(updateStaff, async (c) => {
      const item = await service.updateStaff(
        db,
        currentActor(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        serviceContext(c, config, pii),
      );
      return c.json({ item }, 200);
    });
}
