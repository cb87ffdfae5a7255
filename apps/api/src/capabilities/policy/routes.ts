import { createRoute, z } from '@hono/zod-openapi';
import { todayInChina } from '@talent/domain';
import { requireSession } from '../../platform/auth.js';
import type { ApiDeps } from '../../platform/deps.js';
import { createRouter, errorResponses, jsonResponse, sessionSecurity } from '../../platform/router.js';
import { loadPolicy } from './service.js';

const currentRoute = createRoute({
  method: 'get',
  path: '/policy/current',
  tags: ['policy'],
  middleware: [requireSession] as const,
  security: sessionSecurity,
  responses: {
    200: jsonResponse(
      z.object({ policy: z.record(z.string(), z.unknown()).openapi('PolicyVersion') }),
      'The policy version in force today: the portals pre-check with the rules the server will apply',
    ),
    ...errorResponses(401),
  },
});

export function policyRoutes(deps: ApiDeps) {
  const { db } = deps;
  return createRouter().openapi(currentRoute, async (c) =>
    c.json({ policy: await loadPolicy(db, todayInChina()) }, 200),
  );
}
