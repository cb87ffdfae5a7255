import { z } from '@hono/zod-openapi';
import { isoDateSchema } from '@talent/domain';
import { currentActor } from '../../platform/auth.js';
import type { ApiDeps } from '../../platform/deps.js';
import { createRouter, errorResponses, jsonResponse, sessionRoutes } from '../../platform/router.js';
import * as service from './service.js';

const route = sessionRoutes('bureau');

const optionalDate = z.preprocess((v) => (v === '' ? undefined : v), isoDateSchema.optional());
const pair = z.strictObject({ green: z.number().int(), ordinary: z.number().int() });
const track = z.strictObject({
  median: z.number().nullable().openapi({ description: 'working days; null when nothing was decided' }),
  decided: z.number().int(),
});

const serviceLevelSchema = z
  .strictObject({
    today: z.string(),
    from: z.string(),
    to: z.string(),
    open: pair,
    dueToday: pair,
    overdue: pair,
    median: z.strictObject({ green: track, ordinary: track }),
    byMonth: z.array(z.strictObject({ month: z.string(), green: track, ordinary: track })),
  })
  .openapi('ServiceLevel');

const serviceLevelRoute = route({
  method: 'get',
  path: '/service-level',
  request: { query: z.object({ from: optionalDate, to: optionalDate }) },
  responses: {
    200: jsonResponse(
      serviceLevelSchema,
      'Open, due today and overdue cases; median working days to a decision, green against ordinary, by month (bureau staff)',
    ),
    ...errorResponses(400, 401, 403),
  },
});

export function serviceLevelRoutes(deps: ApiDeps) {
  const { db } = deps;
  return createRouter().openapi(serviceLevelRoute, async (c) =>
    c.json(await service.serviceLevel(db, currentActor(c), c.req.valid('query')), 200),
  );
}
