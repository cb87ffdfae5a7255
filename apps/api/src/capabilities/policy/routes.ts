import { z } from '@hono/zod-openapi';
import { policyVersionSchema, todayInChina } from '@talent/domain';
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
import * as service from './service.js';

const route = sessionRoutes('policy');

// The domain's schema (plain zod, so unnamed in the document): the portals validate with the same one.
const policySchema = policyVersionSchema;

const currentRoute = route({
  method: 'get',
  path: '/policy/current',
  responses: {
    200: jsonResponse(
      z.strictObject({ policy: policySchema }),
      'The policy version in force today: the portals pre-check with the rules the server will apply',
    ),
    ...errorResponses(401),
  },
});

const versionItemSchema = z
  .strictObject({
    key: z.string().openapi({ description: "the row's id, or 'default' for the built-in example table" }),
    policy: policySchema,
    effectiveFrom: z.string(),
    createdBy: z.string().nullable(),
    createdAt: z.string().nullable(),
    status: z.enum(['past', 'in_force', 'future']),
  })
  .openapi('PolicyVersionItem');

const listRoute = route({
  method: 'get',
  path: '/policy/versions',
  responses: {
    200: jsonResponse(
      z.strictObject({ items: z.array(versionItemSchema) }),
      'Every version, oldest first (bureau)',
    ),
    ...errorResponses(401, 403),
  },
});

const createVersionRoute = route({
  method: 'post',
  path: '/policy/versions',
  request: { body: jsonBody(policyVersionSchema) },
  responses: {
    201: jsonResponse(
      z.strictObject({ item: versionItemSchema }),
      'Created; takes effect on its date (admin)',
    ),
    ...errorResponses(400, 401, 403),
  },
});

const summarySchema = z.strictObject({
  key: z.string(),
  id: z.string(),
  title: z.string(),
  effectiveFrom: z.string(),
});
const valueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.number())]).optional();

const diffRoute = route({
  method: 'get',
  path: '/policy/versions/{key}/diff',
  request: { params: z.object({ key: z.string().openapi({ param: { name: 'key', in: 'path' } }) }) },
  responses: {
    200: jsonResponse(
      z.strictObject({
        version: summarySchema,
        previous: summarySchema.nullable(),
        changes: z.array(
          z.strictObject({
            path: z.string(),
            parameter: z.string(),
            before: valueSchema,
            after: valueSchema,
            clause: z.string().nullable(),
            clauseBefore: z.string().nullable(),
          }),
        ),
      }),
      'What the version changed from the one before it',
    ),
    ...errorResponses(401, 403, 404),
  },
});

export function policyRoutes(deps: ApiDeps) {
  const { db, config, pii } = deps;
  return createRouter()
    .openapi(currentRoute, async (c) => c.json({ policy: await service.loadPolicy(db, todayInChina()) }, 200))
    .openapi(listRoute, async (c) => c.json({ items: await service.listVersions(db, currentActor(c)) }, 200))
    .openapi(createVersionRoute, async (c) => {
      const item = await service.createVersion(
        db,
        currentActor(c),
        c.req.valid('json'),
        serviceContext(c, config, pii),
      );
      return c.json({ item }, 201);
    })
    .openapi(diffRoute, async (c) =>
      c.json(await service.versionDiff(db, currentActor(c), c.req.valid('param').key), 200),
    );
}
