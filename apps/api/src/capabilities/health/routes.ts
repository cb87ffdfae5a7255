import { createRoute, z } from '@hono/zod-openapi';
import type { ApiDeps } from '../../platform/deps.js';
import { createRouter, errorResponses, jsonResponse } from '../../platform/router.js';
import * as service from './service.js';

const healthSchema = z
  .strictObject({
    status: z.literal('ok'),
    database: z.literal('ok'),
    engine: z.enum(['postgres', 'pglite']),
  })
  .openapi('Health');

const getHealth = createRoute({
  method: 'get',
  path: '/health',
  tags: ['health'],
  responses: { 200: jsonResponse(healthSchema, 'The API and its database answer'), ...errorResponses(503) },
});

export function healthRoutes(deps: ApiDeps) {
  return createRouter().openapi(getHealth, async (c) =>
    c.json(await service.checkHealth(deps.db, deps.engine), 200),
  );
}
