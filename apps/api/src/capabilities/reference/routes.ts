import { z } from '@hono/zod-openapi';
import { countyCodeSchema } from '@talent/domain';
import type { ApiDeps } from '../../platform/deps.js';
import { createRouter, errorResponses, jsonResponse, sessionRoutes } from '../../platform/router.js';
import { blank } from '../../platform/schemas.js';
import * as service from './service.js';

const route = sessionRoutes('reference');

const countyQuery = z.object({ county: z.preprocess(blank, countyCodeSchema.optional()) });

const station = z
  .strictObject({ id: z.string(), name: z.string(), countyCode: z.string() })
  .openapi('PoliceStation');
const employer = z.strictObject({ id: z.string(), name: z.string(), countyCode: z.string().nullable() });

const stationsRoute = route({
  method: 'get',
  path: '/reference/police-stations',
  request: { query: countyQuery },
  responses: {
    200: jsonResponse(z.strictObject({ items: z.array(station) }), 'Stations of a county'),
    ...errorResponses(400, 401),
  },
});

const collectiveRoute = route({
  method: 'get',
  path: '/reference/collective-employers',
  request: { query: countyQuery },
  responses: {
    200: jsonResponse(
      z.strictObject({ items: z.array(employer.extend({ placesLeft: z.number().int() })) }),
      'Verified employers keeping a collective household with room left',
    ),
    ...errorResponses(400, 401),
  },
});

const employersRoute = route({
  method: 'get',
  path: '/reference/employers',
  request: { query: z.object({ q: z.preprocess(blank, z.string().trim().max(100).optional()) }) },
  responses: {
    200: jsonResponse(
      z.strictObject({ items: z.array(employer) }),
      'Verified employers by name (at most 50)',
    ),
    ...errorResponses(400, 401),
  },
});

export function referenceRoutes(deps: ApiDeps) {
  const { db } = deps;
  return createRouter()
    .openapi(stationsRoute, async (c) =>
      c.json({ items: await service.policeStations(db, c.req.valid('query').county) }, 200),
    )
    .openapi(collectiveRoute, async (c) =>
      c.json({ items: await service.collectiveEmployers(db, c.req.valid('query').county) }, 200),
    )
    .openapi(employersRoute, async (c) =>
      c.json({ items: await service.verifiedEmployers(db, c.req.valid('query').q) }, 200),
    );
}
