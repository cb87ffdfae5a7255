import { z } from '@hono/zod-openapi';
import {
  bureauAccountCreateSchema,
  bureauAccountUpdateSchema,
  bureauRoles,
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
import * as service from './service.js';

const route = sessionRoutes('bureau');

export const staffSortKeys = ['username', 'name', 'createdAt'] as const;

/** The domain's paging query, with the sort keys this table offers. */
const staffQuerySchema = pageQuerySchema.extend({
  sort: z.preprocess((v) => (v === '' ? undefined : v), z.enum(staffSortKeys).optional()),
});

const staffItemSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    name: z.string(),
    roles: z.array(z.enum(bureauRoles)),
    disabled: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('StaffItem');

const staffPageSchema = z.object({
  items: z.array(staffItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

const itemBody = z.object({ item: staffItemSchema });

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
