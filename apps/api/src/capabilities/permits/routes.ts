import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { currentActor } from '../../platform/auth.js';
import type { Config } from '../../platform/config.js';
import type { AppEnv } from '../../platform/context.js';
import type { ApiDeps } from '../../platform/deps.js';
import { isHttps, requestHost } from '../../platform/http.js';
import {
  createRouter,
  errorResponses,
  idParams,
  jsonResponse,
  sessionRoutes,
} from '../../platform/router.js';
import * as service from './service.js';

const route = sessionRoutes('settlement');

const permitSchema = z
  .strictObject({
    number: z.string(),
    verificationCode: z.string(),
    verifyUrl: z.string(),
    name: z.string(),
    residentId: z.string().nullable(),
    applicationNumber: z.string(),
    settleAt: z.string(),
    countyCode: z.string(),
    address: z.string().nullable(),
    policeStation: z.string().nullable(),
    householdNumber: z.string().nullable(),
    registrationDate: z.string().nullable(),
    issuedAt: z.string(),
  })
  .openapi('MoveInPermit');

const publicSchema = z
  .strictObject({
    genuine: z.literal(true),
    number: z.string(),
    maskedName: z.string(),
    issuedAt: z.string(),
  })
  .openapi('PublicPermit');

const permitRoute = route({
  method: 'get',
  path: '/settlements/{id}/permit',
  request: { params: idParams },
  responses: {
    200: jsonResponse(
      z.strictObject({ permit: permitSchema }),
      'The printable move-in permit (准予迁入证明)',
    ),
    ...errorResponses(401, 404),
  },
});

const verifyRoute = createRoute({
  method: 'get',
  path: '/public/permits/{code}',
  tags: ['public'],
  request: {
    params: z.object({
      code: z
        .string()
        .max(64)
        .openapi({ param: { name: 'code', in: 'path' } }),
    }),
  },
  responses: {
    200: jsonResponse(
      z.strictObject({ permit: publicSchema }),
      'Genuine: the number, a masked name, the issue date',
    ),
    ...errorResponses(404),
  },
});

/** This host as the browser reached it, for the verify link printed on the permit. */
function originOf(c: Context<AppEnv>, config: Config): string {
  return config.publicUrl ?? `${isHttps(c, config) ? 'https' : 'http'}://${requestHost(c, config)}`;
}

export function permitsRoutes(deps: ApiDeps) {
  const { db, config, pii } = deps;
  return createRouter()
    .openapi(permitRoute, async (c) => {
      const permit = await service.permitOf(db, currentActor(c), c.req.valid('param').id, {
        pii,
        origin: originOf(c, config),
      });
      return c.json({ permit }, 200);
    })
    .openapi(verifyRoute, async (c) =>
      c.json({ permit: await service.verify(db, c.req.valid('param').code) }, 200),
    );
}
